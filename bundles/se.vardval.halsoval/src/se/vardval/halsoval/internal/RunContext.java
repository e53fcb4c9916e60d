package se.vardval.halsoval.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ContractedUnits;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;
import se.vardval.halsoval.internal.ListedFacts.AgeOnDay;

/**
 * One month's run of the model: the inputs, the parsed parameters, the tallies of the listing day and of the
 * month's activities, the warnings found on the way, and the names its warnings and explanations give the region's
 * codes.
 */
final class RunContext {

    private final RunInputs inputs;
    private final HalsovalParameters parameters;
    private final LocalDate listingDay;
    private final ContractedUnits units;
    private final CodeNames codeNames;
    private final List<RunWarning> warnings = new ArrayList<>();
    private final Tallies tallies;
    private ListingTally listings;
    private VisitTally visits;

    private RunContext(RunInputs inputs, HalsovalParameters parameters, CodeNames codeNames, Tallies tallies) {
        this.inputs = inputs;
        this.parameters = parameters;
        this.codeNames = codeNames;
        this.tallies = tallies;
        this.listingDay = parameters.listingDay().dayIn(inputs.period());
        this.units = ContractedUnits.of(inputs);
    }

    /**
     * Prepares a run, naming a tilläggsuppdrag's or indicator's code as the inputs name it.
     *
     * @throws UserError naming every problem when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs) {
        return of(inputs, inputs.codeNames(), ListingTally::count);
    }

    /**
     * Prepares a run to explain, naming a tilläggsuppdrag's or indicator's code as {@code codeNames} names it and
     * taking the listing day's tallies from {@code tallies}.
     *
     * @throws UserError naming every problem when the rulebook's parameters are invalid
     */
    static RunContext of(RunInputs inputs, CodeNames codeNames, Tallies tallies) {
        ParameterProblem.requireNone("Hälsoval", ParameterValidator.validate(inputs.parameters()));
        return new RunContext(inputs, HalsovalParameters.parse(inputs.parameters()), codeNames, tallies);
    }

    /** Where a run's listing day's tallies come from: counted from the inputs, or kept from an earlier count. */
    @FunctionalInterface
    interface Tallies {

        /** The listings of {@code day} counted as the parameters count them. */
        ListingTally tally(RunInputs inputs, LocalDate day, HalsovalParameters parameters);
    }

    RunInputs inputs() {
        return inputs;
    }

    HalsovalParameters parameters() {
        return parameters;
    }

    /** The names the region's data gives the codes in components, for the warnings and explanations. */
    CodeNames codeNames() {
        return codeNames;
    }

    LocalDate listingDay() {
        return listingDay;
    }

    /** The units with a contract in the period and their providers. */
    ContractedUnits units() {
        return units;
    }

    /** The listing day's tallies, counted (or taken from the explanations' cache) once on first use. */
    ListingTally listings() {
        if (listings == null) {
            listings = tallies.tally(inputs, listingDay, parameters);
        }
        return listings;
    }

    /**
     * Streams the listing day's listed persons at one unit; a listing whose person lacks a record and has an invalid
     * personnummer is skipped (the run warns of it).
     */
    void forEachListed(String hsaId, Consumer<ListedFacts> sink) {
        AgeOnDay ages = new AgeOnDay(listingDay);
        inputs.forEachListedAtOn(hsaId, listingDay, listed -> {
            try {
                sink.accept(ListedFacts.of(listed, ages));
            } catch (IllegalArgumentException e) {
                // counted and warned of by the listing tally
            }
        });
    }

    /**
     * The person's listing in this vårdval on the listing day, looked up on its own; empty when the person is not
     * listed, or lacks a record and has an invalid personnummer (skipped as by {@link #forEachListed}).
     */
    Optional<ListedFacts> listed(String personId) {
        return inputs.listingOn(inputs.careChoice().id(), personId, listingDay).flatMap(listing -> {
            try {
                return Optional.of(ListedFacts.of(new ListedPerson(listing, inputs.person(personId).orElse(null)),
                        new AgeOnDay(listingDay)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** The month's visit tallies, counted from the activity groups once on first use. */
    VisitTally visits() {
        if (visits == null) {
            visits = countVisits();
        }
        return visits;
    }

    /**
     * Counts the listing day's tallies and the month's visit tallies side by side, the visits on a thread of their own
     * while this one counts the listings: the two are independent reads of the inputs, which allow them at once, and
     * each keeps a core of the database busy.
     */
    void countTallies() {
        CompletableFuture<VisitTally> counted = visits != null ? CompletableFuture.completedFuture(visits)
                : CompletableFuture.supplyAsync(this::countVisits);
        listings();
        visits = joined(counted);
    }

    private VisitTally countVisits() {
        VisitTally tally = new VisitTally();
        inputs.forEachActivityGroup(tally);
        return tally;
    }

    /** The counted tallies, or the failure that stopped their counting as it was thrown. */
    private static VisitTally joined(CompletableFuture<VisitTally> counted) {
        try {
            return counted.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    void warn(String hsaId, String code, String message) {
        warnings.add(new RunWarning(hsaId, code, message));
    }

    List<RunWarning> warnings() {
        return warnings;
    }
}
