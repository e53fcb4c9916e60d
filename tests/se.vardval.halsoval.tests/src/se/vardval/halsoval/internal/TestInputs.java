package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.DateRanges;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;

/**
 * An in-memory {@link RunInputs} for one month of vårdval {@code halsoval}, built fluently. It honours the contract
 * (activities, penalties and costs of the period only) unless {@link #leaky()} makes it stream everything, so that
 * the model's own guards can be tested.
 */
final class TestInputs implements RunInputs {

    static final String CARE_CHOICE = "halsoval";
    static final String REGION = "2321000016";
    static final String PRIVATE = "5560000001";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final YearMonth period;
    private final JsonNode parameters;
    private final List<Provider> providers = new ArrayList<>(List.of(
            new Provider(REGION, "Region", Ownership.REGION_RUN), new Provider(PRIVATE, "Privat AB", Ownership.PRIVATE)));
    private final List<Unit> units = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<Supplementary> supplementaries = new ArrayList<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final List<Listing> listings = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Cost> costs = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<Penalty> penalties = new ArrayList<>();
    private final List<CniUnit> cniUnits = new ArrayList<>();
    private boolean leaky;
    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        this.period = period;
        this.parameters = parameters;
    }

    /** Streams activities, penalties and costs of every period, as a careless source might. */
    TestInputs leaky() {
        leaky = true;
        return this;
    }

    /** A unit of the region with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        return unit(hsaId, REGION, null);
    }

    /** A unit of the given provider with an open contract since long ago. */
    TestInputs unit(String hsaId, String orgNr, Integer catchmentPopulation) {
        units.add(new Unit(hsaId, "Hälsocentral " + hsaId, orgNr, "2380", catchmentPopulation));
        contracts.add(new Contract("K-" + hsaId, CARE_CHOICE, orgNr, hsaId, LONG_AGO, null));
        return this;
    }

    TestInputs contract(Contract contract) {
        contracts.add(contract);
        return this;
    }

    TestInputs supplementary(Supplementary supplementary) {
        supplementaries.add(supplementary);
        return this;
    }

    /** A person in the register, birth date and sex from the personnummer. */
    TestInputs resident(String personId, BigDecimal distanceKm, CniFlag... flags) {
        PersonId id = PersonId.parse(personId);
        persons.put(id.value(), new Person(id.value(), id.birthDate(), id.sex(), "2380", null, distanceKm,
                flags.length == 0 ? Set.of() : Set.of(flags)));
        return this;
    }

    TestInputs resident(String personId) {
        return resident(personId, null);
    }

    /** A listing since long ago, open. */
    TestInputs listing(String personId, String hsaId) {
        return listing(personId, hsaId, LONG_AGO, null);
    }

    TestInputs listing(String personId, String hsaId, LocalDate from, LocalDate to) {
        listings.add(new Listing(personId, CARE_CHOICE, hsaId, from, to, false));
        return this;
    }

    /** A person in the register listed at the unit since long ago. */
    TestInputs listed(String personId, String hsaId, CniFlag... flags) {
        return resident(personId, null, flags).listing(personId, hsaId);
    }

    TestInputs visit(String personId, String hsaId, LocalDate date, ContactType type, Profession profession,
            String fee, boolean outOfCounty) {
        activities.add(new Activity("A" + ++activityIds, CARE_CHOICE, personId, hsaId, date, type, profession, "c1",
                new BigDecimal(fee), outOfCounty, Map.of()));
        return this;
    }

    TestInputs visit(String personId, String hsaId, LocalDate date, Profession profession) {
        return visit(personId, hsaId, date, ContactType.PHYSICAL, profession, "0", false);
    }

    TestInputs cost(String hsaId, YearMonth month, se.vardval.core.domain.CostCategory category, String amount) {
        costs.add(new Cost(hsaId, month, category, new BigDecimal(amount), "F-" + (costs.size() + 1)));
        return this;
    }

    TestInputs indicator(Indicator indicator) {
        indicators.add(indicator);
        return this;
    }

    TestInputs penalty(String hsaId, LocalDate decided, String weeks) {
        penalties.add(new Penalty(hsaId, decided, new BigDecimal(weeks), "late report"));
        return this;
    }

    TestInputs cniUnit(CniUnit row) {
        cniUnits.add(row);
        return this;
    }

    @Override
    public CareChoice careChoice() {
        return new CareChoice(CARE_CHOICE, "Hälsoval", HalsovalModel.MODEL_TYPE);
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
    public List<Provider> providers() {
        return providers;
    }

    @Override
    public List<Unit> units() {
        return units.stream().filter(u -> contracts().stream().anyMatch(c -> c.hsaId().equals(u.hsaId()))).toList();
    }

    @Override
    public List<Contract> contracts() {
        return contracts.stream().filter(c -> DateRanges.overlap(c.validFrom(), c.validTo(), period.atDay(1),
                period.atEndOfMonth())).toList();
    }

    @Override
    public List<Supplementary> supplementaries() {
        return supplementaries;
    }

    @Override
    public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
        listings.stream().filter(l -> l.validOn(day))
                .forEach(l -> sink.accept(new ListedPerson(l, persons.get(l.personId()))));
    }

    @Override
    public Optional<String> listedUnitOn(String personId, LocalDate day) {
        return listings.stream().filter(l -> l.personId().equals(personId) && l.validOn(day)).map(Listing::hsaId)
                .findFirst();
    }

    @Override
    public Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day) {
        return CARE_CHOICE.equals(careChoice) ? listedUnitOn(personId, day) : Optional.empty();
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        activities.stream().filter(a -> leaky || YearMonth.from(a.date()).equals(period)).forEach(sink);
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        activities.stream().filter(a -> leaky || !a.date().isBefore(from) && !a.date().isAfter(to)).forEach(sink);
    }

    @Override
    public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
        return List.of(); // nothing was approved in this world
    }

    @Override
    public Optional<Person> person(String personId) {
        return Optional.ofNullable(persons.get(personId));
    }

    @Override
    public List<Cost> costs() {
        return costs.stream().filter(c -> leaky || c.period().equals(period)).toList();
    }

    @Override
    public List<Indicator> indicators() {
        return indicators.stream().filter(i -> i.period().equals(period)).toList();
    }

    @Override
    public List<Penalty> penalties() {
        return penalties.stream().filter(p -> leaky || YearMonth.from(p.decided()).equals(period)).toList();
    }

    @Override
    public List<CniUnit> cniUnits() {
        Map<String, CniUnit> latest = new HashMap<>();
        cniUnits.stream().filter(c -> !c.period().isAfter(period)).sorted(Comparator.comparing(CniUnit::period))
                .forEach(c -> latest.put(c.hsaId(), c));
        return List.copyOf(latest.values());
    }
}
