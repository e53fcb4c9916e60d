package se.vardval.model.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.DateRanges;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;

/**
 * The run inputs of one vårdval and month held in memory, for a model's plain JUnit tests: a model's test fixture
 * extends it with fluent builders of its own and adds the register, listings, activities and other rows. It honours the
 * contract of {@link RunInputs} as the database does (units and contracts of the period, the vårdval's own listings,
 * the month's activities, costs, indicators and penalties, the latest CNI delivery), unless
 * {@link #streamEveryPeriod()} makes it hand over the rows of every period, as a careless source might, so that a
 * model's own guards can be tested. It names the region's codes once {@link #nameCodes} gives it names, as the engine
 * does in a run.
 */
public class InMemoryRunInputs implements RunInputs {

    private final CareChoice careChoice;
    private final YearMonth period;
    private final JsonNode parameters;
    private final List<Provider> providers = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<Supplementary> supplementaries = new ArrayList<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final List<Listing> listings = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<ApprovedLine> approved = new ArrayList<>();
    private final List<Cost> costs = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Penalty> penalties = new ArrayList<>();
    private final List<CniUnit> cniUnits = new ArrayList<>();
    private final List<String> historyRead = new ArrayList<>();
    private CodeNames codeNames = CodeNames.NONE;
    private boolean everyPeriod;

    /** Empty inputs of the vårdval for the month under the rulebook's parameters. */
    protected InMemoryRunInputs(CareChoice careChoice, YearMonth period, JsonNode parameters) {
        this.careChoice = careChoice;
        this.period = period;
        this.parameters = parameters;
    }

    /** From now on hands over activities, costs and penalties of every period, not only the month's. */
    protected void streamEveryPeriod() {
        everyPeriod = true;
    }

    /** Names the region's codes (tilläggsuppdrag, indicators) as {@code names} does; by default none is named. */
    protected void nameCodes(CodeNames names) {
        codeNames = names;
    }

    /** Adds a provider. */
    protected void add(Provider provider) {
        providers.add(provider);
    }

    /** Adds a unit; it is one of the vårdval's units in the months it has a contract. */
    protected void add(Unit unit) {
        units.add(unit);
    }

    /** Adds a contract (of any vårdval). */
    protected void add(Contract contract) {
        contracts.add(contract);
    }

    /** Adds a tilläggsuppdrag. */
    protected void add(Supplementary supplementary) {
        supplementaries.add(supplementary);
    }

    /** Adds or replaces a person of the register. */
    protected void add(Person person) {
        persons.put(person.personId(), person);
    }

    /** Adds a listing (of any vårdval). */
    protected void add(Listing listing) {
        listings.add(listing);
    }

    /** Adds an activity (of any date). */
    protected void add(Activity activity) {
        activities.add(activity);
    }

    /** Adds a line paid by an approved run. */
    protected void add(ApprovedLine line) {
        approved.add(line);
    }

    /** Adds a cost (of any period). */
    protected void add(Cost cost) {
        costs.add(cost);
    }

    /** Adds an indicator value (of any period). */
    protected void add(Indicator indicator) {
        indicators.add(indicator);
    }

    /** Adds a penalty (decided on any day). */
    protected void add(Penalty penalty) {
        penalties.add(penalty);
    }

    /** Adds a unit's CNI delivery (of any period). */
    protected void add(CniUnit cniUnit) {
        cniUnits.add(cniUnit);
    }

    /** The periods the model read activities of through {@link #forEachActivityBetween}, as {@code from..to}. */
    public List<String> historyRead() {
        return List.copyOf(historyRead);
    }

    @Override
    public CareChoice careChoice() {
        return careChoice;
    }

    @Override
    public YearMonth period() {
        return period;
    }

    @Override
    public JsonNode parameters() {
        return parameters;
    }

    @Override
    public CodeNames codeNames() {
        return codeNames;
    }

    @Override
    public List<Provider> providers() {
        return List.copyOf(providers);
    }

    @Override
    public List<Unit> units() {
        List<Contract> current = contracts();
        return units.stream().filter(u -> current.stream().anyMatch(c -> c.hsaId().equals(u.hsaId()))).toList();
    }

    @Override
    public List<Contract> contracts() {
        return contracts.stream().filter(c -> c.careChoice().equals(careChoice.id()) && DateRanges.overlap(
                c.validFrom(), c.validTo(), period.atDay(1), period.atEndOfMonth())).toList();
    }

    @Override
    public List<Supplementary> supplementaries() {
        return List.copyOf(supplementaries);
    }

    @Override
    public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
        forEachListingBetween(day, day, sink);
    }

    @Override
    public void forEachListingBetween(LocalDate from, LocalDate to, Consumer<ListedPerson> sink) {
        listings.stream().filter(l -> l.careChoice().equals(careChoice.id()) && l.validBetween(from, to))
                .forEach(l -> sink.accept(new ListedPerson(l, persons.get(l.personId()))));
    }

    @Override
    public Optional<String> listedUnitOn(String personId, LocalDate day) {
        return listedUnitOn(careChoice.id(), personId, day);
    }

    @Override
    public Optional<String> listedUnitOn(String otherCareChoice, String personId, LocalDate day) {
        return listings.stream().filter(l -> l.careChoice().equals(otherCareChoice) && l.personId().equals(personId)
                && l.validOn(day)).map(Listing::hsaId).findFirst();
    }

    @Override
    public Optional<Listing> listingOn(String otherCareChoice, String personId, LocalDate day) {
        return listings.stream().filter(l -> l.careChoice().equals(otherCareChoice) && l.personId().equals(personId)
                && l.validOn(day)).findFirst();
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        activities.stream().filter(a -> everyPeriod || YearMonth.from(a.date()).equals(period)).forEach(sink);
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        historyRead.add(from + ".." + to);
        activities.stream().filter(a -> everyPeriod || !a.date().isBefore(from) && !a.date().isAfter(to))
                .forEach(sink);
    }

    @Override
    public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
        return approved.stream().filter(l -> !l.period().isBefore(from) && !l.period().isAfter(to)).toList();
    }

    @Override
    public Optional<Person> person(String personId) {
        return Optional.ofNullable(persons.get(personId));
    }

    @Override
    public List<Cost> costs() {
        return costs.stream().filter(c -> everyPeriod || c.period().equals(period)).toList();
    }

    @Override
    public List<Indicator> indicators() {
        return indicators.stream().filter(i -> i.period().equals(period)).toList();
    }

    @Override
    public List<Penalty> penalties() {
        return penalties.stream().filter(p -> everyPeriod || YearMonth.from(p.decided()).equals(period)).toList();
    }

    @Override
    public List<CniUnit> cniUnits() {
        Map<String, CniUnit> latest = new HashMap<>();
        cniUnits.stream().filter(c -> !c.period().isAfter(period)).sorted(Comparator.comparing(CniUnit::period))
                .forEach(c -> latest.put(c.hsaId(), c));
        return List.copyOf(latest.values());
    }
}
