package se.vardval.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.Indicator;
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

    /** The unit where the person is listed in this vårdval on the given day of the period, if any. */
    Optional<String> listedUnitOn(String personId, LocalDate day);

    /** The unit where the person is listed in another vårdval on the given day (e.g. for cost hand-over). */
    Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day);

    /** Streams the activities of this vårdval dated in the period. */
    void forEachActivity(Consumer<Activity> sink);

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
}
