package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * An in-memory {@link RunInputs} for one month of the vårdval {@code fotvard}, built fluently: foot-care units with a
 * contract, persons, Hälsoval listings (the target of the cost hand-over), referral activities at a health centre and
 * treatments. Activities of any date may be added; the month's are those of the period.
 */
final class TestInputs implements RunInputs {

    static final String CARE_CHOICE = "fotvard";
    static final String HALSOVAL = "halsoval";
    static final String PODIATRY = "5560000001";
    static final String HEALTH_CENTRE = "SE2321000206-HC1";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final YearMonth period;
    private final JsonNode parameters;
    private final List<Unit> units = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final Map<String, Person> persons = new HashMap<>();
    private final List<Listing> listings = new ArrayList<>();
    private final Map<String, Activity> activities = new LinkedHashMap<>();
    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        this.period = period;
        this.parameters = parameters;
    }

    /** A foot-care unit of the podiatry provider with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        units.add(new Unit(hsaId, "Fotvård " + hsaId, PODIATRY, "2380", null));
        contracts.add(new Contract("F-" + hsaId, CARE_CHOICE, PODIATRY, hsaId, LONG_AGO, null));
        return this;
    }

    /** A person in the register, birth date and sex from the personnummer. */
    TestInputs resident(String personId) {
        PersonId id = PersonId.parse(personId);
        persons.put(id.value(), new Person(id.value(), id.birthDate(), id.sex(), "2380", null, null, Set.of()));
        return this;
    }

    /** A Hälsoval listing of the person at the unit from the day, open. */
    TestInputs listedInHalsoval(String personId, String hsaId, LocalDate from) {
        listings.add(new Listing(personId, HALSOVAL, hsaId, from, null, false));
        return this;
    }

    /** A referral written at a physical visit at the health centre on the day. */
    TestInputs referral(String id, String personId, LocalDate issued, int risk) {
        return activity(personId, HEALTH_CENTRE, issued, ContactType.PHYSICAL, Profession.DOCTOR, "0",
                Map.of("referral", id, "risk", String.valueOf(risk)));
    }

    /** A treatment by a podiatrist at the unit on the referral, with the patient fee paid. */
    TestInputs treatment(String personId, String hsaId, LocalDate date, String referral, String patientFee) {
        return activity(personId, hsaId, date, ContactType.PHYSICAL, Profession.PODIATRIST, patientFee,
                Map.of("referral", referral));
    }

    /** A treatment at home ({@code home=true}). */
    TestInputs homeTreatment(String personId, String hsaId, LocalDate date, String referral, String patientFee) {
        return activity(personId, hsaId, date, ContactType.PHYSICAL, Profession.PODIATRIST, patientFee,
                Map.of("referral", referral, "home", "true"));
    }

    TestInputs activity(String personId, String hsaId, LocalDate date, ContactType type, Profession profession,
            String patientFee, Map<String, String> codes) {
        String id = String.format("A%03d", ++activityIds);
        activities.put(id, new Activity(id, CARE_CHOICE, personId, hsaId, date, type, profession, "c1",
                new BigDecimal(patientFee), false, codes));
        return this;
    }

    @Override
    public CareChoice careChoice() {
        return new CareChoice(CARE_CHOICE, "Medicinsk fotvård", FotvardModel.MODEL_TYPE);
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
        return List.of(new Provider(PODIATRY, "Fotterapeuterna AB", Ownership.PRIVATE));
    }

    @Override
    public List<Unit> units() {
        return units;
    }

    @Override
    public List<Contract> contracts() {
        return contracts;
    }

    @Override
    public List<Supplementary> supplementaries() {
        return List.of();
    }

    @Override
    public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
        listings.stream().filter(l -> l.careChoice().equals(CARE_CHOICE) && l.validOn(day))
                .forEach(l -> sink.accept(new ListedPerson(l, persons.get(l.personId()))));
    }

    @Override
    public Optional<String> listedUnitOn(String personId, LocalDate day) {
        return listedUnitOn(CARE_CHOICE, personId, day);
    }

    @Override
    public Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day) {
        return listings.stream().filter(l -> l.careChoice().equals(careChoice) && l.personId().equals(personId)
                && l.validOn(day)).map(Listing::hsaId).findFirst();
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        activities.values().stream().filter(a -> YearMonth.from(a.date()).equals(period)).forEach(sink);
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        activities.values().stream().filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).forEach(sink);
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
