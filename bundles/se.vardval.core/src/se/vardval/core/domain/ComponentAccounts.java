package se.vardval.core.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A vårdval's setting of the finance accounts its payments are booked on: the cost account of each listed payment
 * component, and the default account of every component not listed.
 */
public record ComponentAccounts(String careChoice, String defaultAccount, Map<String, String> accounts) {

    /** The account of every component when a vårdval has no setting: 4540 Köpt vård. */
    public static final String STANDARD_ACCOUNT = "4540";

    /** Copies the mapping, ordered by component. */
    public ComponentAccounts {
        accounts = Collections.unmodifiableMap(new TreeMap<>(accounts));
    }

    /** The setting of a vårdval that has none: every component on {@link #STANDARD_ACCOUNT}. */
    public static ComponentAccounts standard(String careChoice) {
        return new ComponentAccounts(careChoice, STANDARD_ACCOUNT, Map.of());
    }

    /** The account a component is booked on. */
    public String account(String component) {
        return accounts.getOrDefault(component, defaultAccount);
    }

    /** The same setting with a component booked on an account. */
    public ComponentAccounts with(String component, String account) {
        Map<String, String> changed = new TreeMap<>(accounts);
        changed.put(component, account);
        return new ComponentAccounts(careChoice, defaultAccount, changed);
    }

    /** The same setting with a component back on the default account. */
    public ComponentAccounts without(String component) {
        Map<String, String> changed = new TreeMap<>(accounts);
        changed.remove(component);
        return new ComponentAccounts(careChoice, defaultAccount, changed);
    }

    /** The same setting with another default account. */
    public ComponentAccounts withDefault(String account) {
        return new ComponentAccounts(careChoice, account, accounts);
    }

    /**
     * What is wrong with the setting, each as {@code where: reason}: an account is four digits (the BAS chart), a
     * component an upper-case code such as {@code AGE_CAPITATION}.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!isAccount(defaultAccount)) {
            problems.add("standardkonto: '" + defaultAccount + "' är inte ett konto med fyra siffror");
        }
        accounts.forEach((component, account) -> {
            if (component == null || !component.matches("[A-Z][A-Z0-9_]*")) {
                problems.add("komponent '" + component + "': inte en komponentkod som AGE_CAPITATION");
            }
            if (!isAccount(account)) {
                problems.add(component + ": '" + account + "' är inte ett konto med fyra siffror");
            }
        });
        return problems;
    }

    private static boolean isAccount(String account) {
        return account != null && account.matches("\\d{4}");
    }
}
