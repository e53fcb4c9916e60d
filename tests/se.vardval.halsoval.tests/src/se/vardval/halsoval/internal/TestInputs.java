package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
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
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.DistanceBand;
import se.vardval.core.model.ListedGroup;
import se.vardval.model.testing.InMemoryRunInputs;

/**
 * The in-memory run inputs of one month of vårdval {@code halsoval}, built fluently. It honours the contract
 * (activities, penalties and costs of the period only) unless {@link #leaky()} makes it stream everything, so that
 * the model's own guards can be tested.
 */
final class TestInputs extends InMemoryRunInputs {

    static final String CARE_CHOICE = "halsoval";
    static final String REGION = "2321000016";
    static final String PRIVATE = "5560000001";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private int costIds;
    private int activityIds;
    private RuntimeException activityGroupFailure;
    private String listingsVersion;
    private int listingCounts;
    private int monthsStreamed;

    TestInputs(YearMonth period, JsonNode parameters) {
        super(new CareChoice(CARE_CHOICE, "Hälsoval", HalsovalModel.MODEL_TYPE), period, parameters);
        add(new Provider(REGION, "Region", Ownership.REGION_RUN));
        add(new Provider(PRIVATE, "Privat AB", Ownership.PRIVATE));
    }

    /** Makes counting the month's activity groups fail, as a cancelled run or a lost database would. */
    TestInputs failingActivityGroups(RuntimeException failure) {
        activityGroupFailure = failure;
        return this;
    }

    @Override
    public void forEachActivityGroup(Consumer<ActivityGroup> sink) {
        if (activityGroupFailure != null) {
            throw activityGroupFailure;
        }
        super.forEachActivityGroup(sink);
    }

    /** Tells the version of its listings, as stored inputs do: a test changes it where an import would. */
    TestInputs listingsVersion(String version) {
        listingsVersion = version;
        return this;
    }

    @Override
    public Optional<String> listingsVersion() {
        return Optional.ofNullable(listingsVersion);
    }

    @Override
    public void forEachListedGroupOn(LocalDate day, List<DistanceBand> distanceBands, Consumer<ListedGroup> sink) {
        listingCounts++;
        super.forEachListedGroupOn(day, distanceBands, sink);
    }

    /** How many times the listing day's listings were counted in groups. */
    int listingCounts() {
        return listingCounts;
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        monthsStreamed++;
        super.forEachActivity(sink);
    }

    /** Selects the person's activities without streaming the month, as a database does. */
    @Override
    public void forEachActivityOf(String personId, Consumer<Activity> sink) {
        super.forEachActivity(activity -> {
            if (activity.personId().equals(personId)) {
                sink.accept(activity);
            }
        });
    }

    /** How many times every activity of the month was streamed. */
    int monthsStreamed() {
        return monthsStreamed;
    }

    /** Streams activities, penalties and costs of every period, as a careless source might. */
    TestInputs leaky() {
        streamEveryPeriod();
        return this;
    }

    /** A unit of the region with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        return unit(hsaId, REGION, null);
    }

    /** A unit of the given provider with an open contract since long ago. */
    TestInputs unit(String hsaId, String orgNr, Integer catchmentPopulation) {
        add(new Unit(hsaId, "Hälsocentral " + hsaId, orgNr, "2380", catchmentPopulation));
        add(new Contract("K-" + hsaId, CARE_CHOICE, orgNr, hsaId, LONG_AGO, null));
        return this;
    }

    TestInputs contract(Contract contract) {
        add(contract);
        return this;
    }

    TestInputs supplementary(Supplementary supplementary) {
        add(supplementary);
        return this;
    }

    /** A person in the register, birth date and sex from the personnummer. */
    TestInputs resident(String personId, BigDecimal distanceKm, CniFlag... flags) {
        PersonId id = PersonId.parse(personId);
        add(new Person(id.value(), id.birthDate(), id.sex(), "2380", null, distanceKm,
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
        add(new Listing(personId, CARE_CHOICE, hsaId, from, to, false));
        return this;
    }

    /** A person in the register listed at the unit since long ago. */
    TestInputs listed(String personId, String hsaId, CniFlag... flags) {
        return resident(personId, null, flags).listing(personId, hsaId);
    }

    TestInputs visit(String personId, String hsaId, LocalDate date, ContactType type, Profession profession,
            String fee, boolean outOfCounty) {
        add(new Activity("A" + ++activityIds, CARE_CHOICE, personId, hsaId, date, type, profession, "c1",
                new BigDecimal(fee), outOfCounty, Map.of()));
        return this;
    }

    TestInputs visit(String personId, String hsaId, LocalDate date, Profession profession) {
        return visit(personId, hsaId, date, ContactType.PHYSICAL, profession, "0", false);
    }

    TestInputs cost(String hsaId, YearMonth month, se.vardval.core.domain.CostCategory category, String amount) {
        add(new Cost(hsaId, month, category, new BigDecimal(amount), "F-" + ++costIds));
        return this;
    }

    TestInputs indicator(Indicator indicator) {
        add(indicator);
        return this;
    }

    /** Names the region's codes as {@code names} does, as the engine names them in a run. */
    TestInputs named(CodeNames names) {
        nameCodes(names);
        return this;
    }

    TestInputs penalty(String hsaId, LocalDate decided, String weeks) {
        add(new Penalty(hsaId, decided, new BigDecimal(weeks), "late report"));
        return this;
    }

    TestInputs cniUnit(CniUnit row) {
        add(row);
        return this;
    }
}
