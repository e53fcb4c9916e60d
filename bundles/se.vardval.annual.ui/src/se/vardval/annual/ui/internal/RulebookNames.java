package se.vardval.annual.ui.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * A rulebook's name as the year's views show it: a plugin's proposal by whose it is and its year
 * ({@code halsoval-2021-majority} is "majoritetens förslag 2021"), any other name (a year, a file) as it is.
 */
record RulebookNames(Messages messages) {

    private static final Pattern PROPOSAL = Pattern.compile(".+-(\\d{4})-(majority|opposition)");

    /** The name shown for the rulebook named {@code name}. */
    String of(String name) {
        Matcher proposal = PROPOSAL.matcher(name);
        if (!proposal.matches()) {
            return name;
        }
        return NLS.bind(proposal.group(2).equals("majority") ? messages.proposalMajority
                : messages.proposalOpposition, proposal.group(1));
    }

    /** The label of a plugin's proposal of {@code year} among the rulebooks to choose from. */
    String proposal(String name, int year) {
        String shown = of(name);
        return shown.equals(name) ? NLS.bind(messages.proposalLabel, name, year) : shown;
    }
}
