package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunInputs;

/** An in-memory {@link RunInputs} for one month of the vårdval {@code hud}, built fluently. */
final class TestInputs implements RunInputs {

    static final String CARE_CHOICE = "hud";
    static final String PROVIDER_A = "5560000001";
    static final String PROVIDER_B = "5560000002";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private final YearMonth period;
    private final JsonNode parameters;
    private final List<Unit> units = new ArrayList<>();
    private final List<Contract> contracts = new ArrayList<>();
    private final List<Supplementary> supplementaries = new ArrayList<>();
    private final List<Activity> activities = new ArrayList<>();
    private final List<Indicator> indicators = new ArrayList<>();
    private final List<ApprovedLine> approved = new ArrayList<>();
    private final List<String> historyRead = new ArrayList<>();
    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        this.period = period;
        this.parameters = parameters;
    }

    /** A unit of provider A with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        return unit(hsaId, PROVIDER_A, LONG_AGO, null);
    }

    /** A unit of the provider with a contract over the dates (validTo null: open). */
    TestInputs unit(String hsaId, String orgNr, LocalDate validFrom, LocalDate validTo) {
        units.add(new Unit(hsaId, "Mottagning " + hsaId, orgNr, "2380", null));
        contracts.add(new Contract("K-" + hsaId, CARE_CHOICE, orgNr, hsaId, validFrom, validTo));
        return this;
    }

    /** A tilläggsuppdrag of the unit's contract since long ago. */
    TestInputs supplementary(String hsaId, String code, String annualAmount) {
        supplementaries.add(new Supplementary("K-" + hsaId, code, code, new BigDecimal(annualAmount), LONG_AGO,
                null));
        return this;
    }

    /** An activity with the contact, profession, patient fee and codes; its id is A1, A2, ... in order. */
    TestInputs activity(String personId, String hsaId, LocalDate date, ContactType contact, Profession profession,
            String fee, Map<String, String> codes) {
        activities.add(new Activity("A" + ++activityIds, CARE_CHOICE, personId, hsaId, date, contact, profession,
                "c1", new BigDecimal(fee), false, new LinkedHashMap<>(codes)));
        return this;
    }

    /** A physical doctor's visit without patient fee. */
    TestInputs visit(String personId, String hsaId, LocalDate date, Map<String, String> codes) {
        return activity(personId, hsaId, date, ContactType.PHYSICAL, Profession.DOCTOR, "0", codes);
    }

    /** The unit's indicator value for the period, women and men together. */
    TestInputs indicator(String hsaId, String indicator, String numerator, String denominator) {
        indicators.add(new Indicator(hsaId, period, indicator, null, new BigDecimal(numerator),
                new BigDecimal(denominator)));
        return this;
    }

    /** A line paid by an approved run of an earlier month. */
    TestInputs approved(YearMonth month, String hsaId, String component, String amount) {
        approved.add(new ApprovedLine(month, new PaymentLine(hsaId, component, BigDecimal.ONE,
                new BigDecimal(amount), new BigDecimal(amount))));
        return this;
    }

    /** The ranges of history asked for, as "from..to". */
    List<String> historyRead() {
        return historyRead;
    }

    @Override
    public CareChoice careChoice() {
        return new CareChoice(CARE_CHOICE, "Vårdval hud", SpecialistModel.MODEL_TYPE);
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
        return List.of(new Provider(PROVIDER_A, "Hudkliniken AB", Ownership.PRIVATE),
                new Provider(PROVIDER_B, "Region", Ownership.REGION_RUN));
    }

    @Override
    public List<Unit> units() {
        return units.stream().filter(u -> contracts().stream().anyMatch(c -> c.hsaId().equals(u.hsaId())))
                .toList();
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
        // specialist care has no listing
    }

    @Override
    public Optional<String> listedUnitOn(String personId, LocalDate day) {
        return Optional.empty();
    }

    @Override
    public Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day) {
        return Optional.empty();
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        activities.stream().filter(a -> YearMonth.from(a.date()).equals(period)).forEach(sink);
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        historyRead.add(from + ".." + to);
        activities.stream().filter(a -> !a.date().isBefore(from) && !a.date().isAfter(to)).forEach(sink);
    }

    @Override
    public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
        return approved.stream().filter(l -> !l.period().isBefore(from) && !l.period().isAfter(to)).toList();
    }

    @Override
    public Optional<Person> person(String personId) {
        return Optional.empty();
    }

    @Override
    public List<Cost> costs() {
        return List.of();
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
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
