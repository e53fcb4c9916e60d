package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
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
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunInputs;

/** An in-memory {@link RunInputs} for one month of the vårdval {@code barntandvard}, built fluently. */
final class TestInputs implements RunInputs {

    static final String CARE_CHOICE = "barntandvard";
    static final String REGION = "2321000016";
    static final String PRIVATE = "5560000001";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final YearMonth period;
    private final JsonNode parameters;
    private final List<Provider> providers = List.of(new Provider(REGION, "Region", Ownership.REGION_RUN),
            new Provider(PRIVATE, "Privat Tand AB", Ownership.PRIVATE));
    private final List<Unit> units = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final List<Listing> listings = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<ApprovedLine> approved = new ArrayList<>();
    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        this.period = period;
        this.parameters = parameters;
    }

    /** A Folktandvården clinic (region-run) with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        return unit(hsaId, REGION);
    }

    /** A clinic of the given provider with an open contract since long ago. */
    TestInputs unit(String hsaId, String orgNr) {
        units.add(new Unit(hsaId, "Tandklinik " + hsaId, orgNr, "2380", null));
        contracts.add(new Contract("K-" + hsaId, CARE_CHOICE, orgNr, hsaId, LONG_AGO, null));
        return this;
    }

    /** A person in the register living in the area (null: none), birth date and sex from the personnummer. */
    TestInputs resident(String personId, String areaCode) {
        PersonId id = PersonId.parse(personId);
        persons.put(id.value(), new Person(id.value(), id.birthDate(), id.sex(), "2380", areaCode, null, Set.of()));
        return this;
    }

    /** A listing since long ago, open; {@code assigned} marks ickeval. */
    TestInputs listing(String personId, String hsaId, boolean assigned) {
        listings.add(new Listing(personId, CARE_CHOICE, hsaId, LONG_AGO, null, assigned));
        return this;
    }

    /** A resident of the area listed at the clinic by choice. */
    TestInputs listed(String personId, String hsaId, String areaCode) {
        return resident(personId, areaCode).listing(personId, hsaId, false);
    }

    /** An emergency treatment with the code at the clinic on the date. */
    TestInputs emergency(String personId, String hsaId, LocalDate date, String treatment) {
        return activity(personId, hsaId, date, Map.of(EmergencyElsewhere.CODE_KEY, treatment));
    }

    TestInputs activity(String personId, String hsaId, LocalDate date, Map<String, String> codes) {
        activities.add(new Activity("A" + ++activityIds, CARE_CHOICE, personId, hsaId, date, ContactType.PHYSICAL,
                Profession.DENTIST, "c1", BigDecimal.ZERO, false, codes));
        return this;
    }

    /** A line paid by an approved run of the month. */
    TestInputs approved(YearMonth month, PaymentLine line) {
        approved.add(new ApprovedLine(month, line));
        return this;
    }

    @Override
    public CareChoice careChoice() {
        return new CareChoice(CARE_CHOICE, "Barntandvård", TandvardModel.MODEL_TYPE);
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
        return units;
    }

    @Override
    public List<Contract> contracts() {
        return contracts.stream().filter(c -> DateRanges.overlap(c.validFrom(), c.validTo(), period.atDay(1),
                period.atEndOfMonth())).toList();
    }

    @Override
    public List<Supplementary> supplementaries() {
        return List.of();
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
        activities.stream().filter(a -> YearMonth.from(a.date()).equals(period)).forEach(sink);
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        activities.stream().filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).forEach(sink);
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
        return List.of();
    }

    @Override
    public List<Indicator> indicators() {
        return List.of();
    }

    @Override
    public List<Penalty> penalties() {
        return List.of();
    }

    @Override
    public List<CniUnit> cniUnits() {
        return List.of();
    }
}
