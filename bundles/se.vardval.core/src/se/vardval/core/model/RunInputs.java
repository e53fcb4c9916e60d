package se.vardval.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;

/**
 * Everything a model may read for one vårdval and month. Bulk data (listings, activities) is streamed to a consumer
 * so that a region with millions of listed persons never has them all in memory at once.
 */
public interface RunInputs {

    /** The vårdval being paid. */
    CareChoice careChoice();

    /** The month being paid. */
    YearMonth period();

    /** The decided rulebook's parameters for the period's year. */
    JsonNode parameters();

    /**
     * The names the region's data gives the vårdval's tilläggsuppdrag and indicator codes, so that the run's warnings
     * name them as its lines and explanations do (an explanation has them in {@link ExplainRequest#codeNames()}); by
     * default none, and a code stays a code.
     */
    default CodeNames codeNames() {
        return CodeNames.NONE;
    }

    /** All providers of the region. */
    List<Provider> providers();

    /** The units that have a contract in this vårdval valid on some day of the period. */
    List<Unit> units();

    /** The contract rows of this vårdval valid on some day of the period. */
    List<Contract> contracts();

    /** The tilläggsuppdrag of those contracts. */
    List<Supplementary> supplementaries();

    /** Streams every listing of this vårdval valid on {@code day}, joined with the person record. */
    void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink);

    /**
     * Streams every listing of this vårdval valid on some day from {@code from} to {@code to}, joined with the person
     * record: in one read what {@link #forEachListedOn} reads for each day of the span (follow-up over months).
     */
    void forEachListingBetween(LocalDate from, LocalDate to, Consumer<ListedPerson> sink);

    /**
     * Hands each listing with every one of {@code days} it is valid on: what {@link #forEachListedOn} gives for each
     * day, in one read of the listings between the first and the last day (a year's listing days, a trend's month
     * ends; the days must not be empty).
     */
    default void forEachListedOnDays(Collection<LocalDate> days, BiConsumer<LocalDate, ListedPerson> sink) {
        forEachListingBetween(Collections.min(days), Collections.max(days), listed -> {
            for (LocalDate day : days) {
                if (listed.listing().validOn(day)) {
                    sink.accept(day, listed);
                }
            }
        });
    }

    /**
     * Streams the listings of this vårdval at one unit valid on {@code day}, joined with the person record: what
     * {@link #forEachListedOn} gives for that unit, which a database can select without sending the region's other
     * millions of listings (the client's list of a unit's listed persons).
     */
    default void forEachListedAtOn(String hsaId, LocalDate day, Consumer<ListedPerson> sink) {
        forEachListedOn(day, listed -> {
            if (listed.hsaId().equals(hsaId)) {
                sink.accept(listed);
            }
        });
    }

    /**
     * The listings of this vårdval valid on {@code day} in groups of persons of the same unit, age, sex, distance
     * band and register presence (see {@link ListedGroups}), in their fixed order: for a model that needs counts, not
     * persons, and that a database can count without sending millions of rows.
     */
    default void forEachListedGroupOn(LocalDate day, List<DistanceBand> distanceBands, Consumer<ListedGroup> sink) {
        ListedGroups groups = new ListedGroups(day, distanceBands);
        forEachListedOn(day, groups);
        groups.forEach(sink);
    }

    /** The unit where the person is listed in this vårdval on the given day of the period, if any. */
    Optional<String> listedUnitOn(String personId, LocalDate day);

    /** The unit where the person is listed in another vårdval on the given day (e.g. for cost hand-over). */
    Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day);

    /** The person's whole listing in a vårdval on the given day (unit, valid-from, valid-to, assigned), if any. */
    Optional<Listing> listingOn(String careChoice, String personId, LocalDate day);

    /** Streams the activities of this vårdval dated in the period. */
    void forEachActivity(Consumer<Activity> sink);

    /**
     * Streams the person's activities of this vårdval dated in the period: what {@link #forEachActivity} streams of
     * them, which a database can select by the person without reading the month's other activities (a person's
     * explanation).
     */
    default void forEachActivityOf(String personId, Consumer<Activity> sink) {
        forEachActivity(activity -> {
            if (activity.personId().equals(personId)) {
                sink.accept(activity);
            }
        });
    }

    /**
     * A token of the stored listings and person records that is different whenever any of them has changed since, also
     * when another process changed them: a model may keep what it counted from them (the listing day's tallies) under
     * the token, read before the counting, and use it again while the token stays the same. Empty, the default, when
     * the source cannot tell, and then nothing counted may be kept.
     */
    default Optional<String> listingsVersion() {
        return Optional.empty();
    }

    /**
     * Whether the activity belongs to the run: of this vårdval and dated in the period, the guard against a source
     * that streams more; compared field by field, as it runs for every activity.
     */
    default boolean inRun(Activity activity) {
        YearMonth period = period();
        return activity.careChoice().equals(careChoice().id()) && activity.date().getYear() == period.getYear()
                && activity.date().getMonthValue() == period.getMonthValue();
    }

    /**
     * The activities of this vårdval dated in the period in groups (see {@link ActivityGroups}), in their fixed order:
     * for a model that pays visits by count, which a database can count without sending every activity. The default
     * groups what {@link #forEachActivity} streams, leaving out any activity not {@link #inRun}. A model may call it on
     * one thread while another streams {@link #forEachListedGroupOn} of the same inputs.
     */
    default void forEachActivityGroup(Consumer<ActivityGroup> sink) {
        ActivityGroups groups = new ActivityGroups();
        forEachActivity(activity -> {
            if (!inRun(activity)) {
                return;
            }
            String listedAt = listedUnitOn(activity.personId(), activity.date()).orElse(null);
            groups.add(activity, listedAt, listedAt == null && person(activity.personId()).isEmpty());
        });
        groups.forEach(sink);
    }

    /** Streams the activities of this vårdval dated from {@code from} to {@code to} inclusive (history, e.g. quotas). */
    void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink);

    /**
     * The lines paid for this vårdval for the months {@code from}..{@code to} inclusive, from approved runs and their
     * approved corrections (e.g. a production ceiling carried across the year): per month, unit and component one
     * line, its amount and basis the sum of what was paid, its rate the latest; a line corrected to nothing is left
     * out. Ordered by month, unit and component. The run keeps the months read ({@code PaymentRun.approvedMonthsRead}),
     * so that a run or correction of one of them approved after the run was calculated is a change to its inputs.
     */
    List<ApprovedLine> approvedLines(YearMonth from, YearMonth to);

    /** The person record, if the register has it. */
    Optional<Person> person(String personId);

    /** Costs charged to units for the period. */
    List<Cost> costs();

    /** Indicators measured for the period. */
    List<Indicator> indicators();

    /** Penalties decided in the period. */
    List<Penalty> penalties();

    /** For each unit, SCB's CNI delivery of the period or else the latest earlier one. */
    List<CniUnit> cniUnits();

    /**
     * The payments decided outside the model for this vårdval and month (e.g. deficit compensation); the engine adds
     * them to the run as lines, so a model need not read them.
     */
    default List<DecidedPayment> decidedPayments() {
        return List.of();
    }
}
