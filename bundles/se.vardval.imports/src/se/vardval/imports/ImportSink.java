package se.vardval.imports;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;

/**
 * Receives the valid records of a file one by one, each with the line it started on (so that a database constraint
 * violation can be reported at that line); override the methods of the file types you read.
 */
public interface ImportSink {

    /** A row of {@code providers.csv}. */
    default void provider(Provider provider, long line) {
    }

    /** A row of {@code units.csv}. */
    default void unit(Unit unit, long line) {
    }

    /** A row of {@code contracts.csv}. */
    default void contract(Contract contract, long line) {
    }

    /** A row of {@code supplementary.csv}. */
    default void supplementary(Supplementary supplementary, long line) {
    }

    /** A row of {@code persons.csv}. */
    default void person(Person person, long line) {
    }

    /** A row of {@code listings.csv}. */
    default void listing(Listing listing, long line) {
    }

    /** A row of {@code activities.csv}. */
    default void activity(Activity activity, long line) {
    }

    /** A row of {@code costs.csv}. */
    default void cost(Cost cost, long line) {
    }

    /** A row of {@code cni_units.csv}. */
    default void cniUnit(CniUnit cniUnit, long line) {
    }

    /** A row of {@code indicators.csv}. */
    default void indicator(Indicator indicator, long line) {
    }

    /** A row of {@code penalties.csv}. */
    default void penalty(Penalty penalty, long line) {
    }

    /** A row of a file a plugin contributes, as its {@link se.vardval.core.store.ImportFileContribution} parsed it. */
    default void contributed(Object record, long line) {
    }
}
