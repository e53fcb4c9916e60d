package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.ActivityGroups;
import se.vardval.core.model.DistanceBand;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.ListedGroups;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;
import se.vardval.persistence.internal.jdbc.ActivityTable;
import se.vardval.persistence.internal.jdbc.BatchWriter;
import se.vardval.persistence.internal.jdbc.BulkTable;
import se.vardval.persistence.internal.jdbc.BulkWriter;
import se.vardval.persistence.internal.jdbc.CniUnitTable;
import se.vardval.persistence.internal.jdbc.CostTable;
import se.vardval.persistence.internal.jdbc.IndicatorTable;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.PenaltyTable;
import se.vardval.persistence.internal.jdbc.PersonTable;
import se.vardval.persistence.internal.jdbc.Streams;

class RunInputsTest extends BackendTest {

    private static final String A = Fixtures.UNIT_A;
    private static final String B = Fixtures.UNIT_B;
    private static final String P1 = "194001010001";
    private static final String P2 = "195002020002";
    private static final String P3 = "196003030003";
    private static final String P4 = "201904040004";
    private static final String P5 = "19800505000" + PersonId.checkDigit("800505000");
    private static final String P6 = "19900101000" + PersonId.checkDigit("900101000");
    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    private static <T> void load(DataSource dataSource, BulkTable<T> table, List<T> rows) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (BatchWriter<T> writer = new BatchWriter<>(connection, table)) {
                long line = 2;
                for (T row : rows) {
                    writer.add(row, line++);
                }
                writer.finish();
            }
            connection.commit();
        }
    }

    private static Activity activity(String id, String careChoice, String person, String unit, LocalDate date) {
        return new Activity(id, careChoice, person, unit, date, ContactType.PHYSICAL, Profession.DOCTOR, "K1",
                new BigDecimal("200.00"), false, Map.of("referral", "R1", "risk", "2"));
    }

    private RunInputs march(Backend backend) throws SQLException {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        if (store.careChoices().isEmpty()) {
            Fixtures.register(store);
            store.saveCareChoice(new CareChoice("fotvard", "Medicinsk fotvård", "fotvard"), "setup");
            store.saveSupplementary(new Supplementary("C-1", "JOUR", "Jour", new BigDecimal("120000.00"),
                    day(1, 1), null), "setup");
            store.saveSupplementary(new Supplementary("C-1", "OLD", "Gammal", new BigDecimal("1.00"),
                    LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)), "setup");
            loadBulk(backend.dataSource());
        }
        return new JdbcRunDataSource(backend.database()).open(store.careChoice("halsoval").orElseThrow(), MARCH,
                JsonNodeFactory.instance.objectNode());
    }

    private static void loadBulk(DataSource ds) throws SQLException {
        load(ds, new PersonTable(), List.of(
                new Person(P1, LocalDate.of(1940, 1, 1), Sex.M, "2380", "2380A0010", new BigDecimal("12.5"),
                        Set.of(CniFlag.OLD_ALONE, CniFlag.LOW_EDUCATION)),
                new Person(P2, LocalDate.of(1950, 2, 2), Sex.F, "2380", null, null, Set.of()),
                new Person(P3, LocalDate.of(1960, 3, 3), Sex.M, "2361", null, null, Set.of()),
                new Person(P4, LocalDate.of(2019, 4, 4), Sex.F, "2380", null, null, Set.of(CniFlag.UNDER5))));
        load(ds, new ListingTable(new ListingKeys(ds)), List.of(
                new Listing(P1, "halsoval", A, day(3, 1), null, false),
                new Listing(P2, "halsoval", A, LocalDate.of(2024, 1, 1), day(2, 28), false),
                new Listing(P3, "halsoval", B, day(3, 2), day(3, 31), true),
                new Listing(P4, "halsoval", A, day(1, 1), day(3, 1), false),
                new Listing(P5, "halsoval", A, day(1, 1), null, false),
                new Listing(P1, "fotvard", B, day(1, 1), null, false)));
        load(ds, new ActivityTable(), List.of(
                activity("H1", "halsoval", P1, B, day(3, 10)),
                activity("H2", "halsoval", P3, B, day(3, 15)),
                activity("H3", "halsoval", P2, A, day(2, 27)),
                activity("H4", "halsoval", P1, A, day(4, 1)),
                activity("H5", "halsoval", P2, A, day(3, 20)),
                activity("H6", "halsoval", P6, B, day(3, 21)),
                new Activity("H7", "halsoval", P1, B, day(3, 16), ContactType.PHONE, Profession.NURSE, "K2",
                        new BigDecimal("100.50"), true, Map.of()),
                activity("H8", "halsoval", P1, B, day(3, 31)),
                activity("F1", "fotvard", P1, B, day(3, 5))));
        load(ds, new CostTable(), List.of(
                new Cost(A, MARCH, CostCategory.DRUGS, new BigDecimal("1000.50"), null),
                new Cost(A, MARCH, CostCategory.DRUGS, new BigDecimal("20.00"), "F-77"),
                new Cost(A, MARCH.minusMonths(1), CostCategory.LAB, BigDecimal.TEN, null),
                new Cost(B, MARCH, CostCategory.LAB, BigDecimal.TEN, null)));
        load(ds, new CniUnitTable(), List.of(cni(A, YearMonth.of(2024, 12), "1.1"), cni(A, YearMonth.of(2025, 1), "1.2"),
                cni(A, YearMonth.of(2025, 5), "9.9"), cni(B, YearMonth.of(2025, 4), "0.8")));
        load(ds, new IndicatorTable(), List.of(
                new Indicator(A, MARCH, "3an", null, new BigDecimal("85"), new BigDecimal("100")),
                new Indicator(A, MARCH, "3an", Sex.F, new BigDecimal("40"), new BigDecimal("50")),
                new Indicator(A, MARCH.minusMonths(1), "3an", null, BigDecimal.ONE, BigDecimal.ONE)));
        load(ds, new PenaltyTable(), List.of(
                new Penalty(A, day(3, 15), new BigDecimal("2"), "Bristande tillgänglighet"),
                new Penalty(A, day(4, 1), BigDecimal.ONE, null)));
    }

    private static CniUnit cni(String unit, YearMonth period, String value) {
        Map<CniFlag, Integer> counts = new EnumMap<>(CniFlag.class);
        for (CniFlag flag : CniFlag.values()) {
            counts.put(flag, flag.ordinal() * 10);
        }
        return new CniUnit(unit, period, 9000, counts, new BigDecimal("12345.67"), new BigDecimal(value));
    }

    private static List<ListedPerson> listedOn(RunInputs inputs, LocalDate day) {
        List<ListedPerson> listed = new ArrayList<>();
        inputs.forEachListedOn(day, listed::add);
        listed.sort((a, b) -> a.listing().personId().compareTo(b.listing().personId()));
        return listed;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listingsBetweenTwoDaysAreThoseValidOnSomeDayBetweenThem(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        for (LocalDate[] span : new LocalDate[][] { { day(2, 28), day(2, 28) }, { day(3, 1), day(3, 31) },
            { day(3, 31), day(4, 1) }, { day(4, 2), day(12, 31) }, { day(1, 1), day(12, 31) } }) {
            Set<Listing> between = new HashSet<>();
            inputs.forEachListingBetween(span[0], span[1], listed -> between.add(listed.listing()));
            Set<Listing> dayByDay = new HashSet<>();
            span[0].datesUntil(span[1].plusDays(1))
                    .forEach(day -> listedOn(inputs, day).forEach(listed -> dayByDay.add(listed.listing())));
            assertEquals(dayByDay, between, span[0] + ".." + span[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aPersonsActivitiesAreTheMonthsActivitiesOfThatPersonByDate(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        for (String person : List.of(P1, P2, P3, P4, P6)) {
            List<Activity> month = new ArrayList<>();
            inputs.forEachActivity(a -> {
                if (a.personId().equals(person)) {
                    month.add(a);
                }
            });
            month.sort((a, b) -> a.date().compareTo(b.date()));
            List<Activity> own = new ArrayList<>();
            inputs.forEachActivityOf(person, own::add);
            assertEquals(month, own, person);
        }
        List<String> p1 = new ArrayList<>();
        inputs.forEachActivityOf(P1, a -> p1.add(a.activityId()));
        assertEquals(List.of("H1", "H7", "H8"), p1, "March in Hälsoval, not April's H4 nor fotvård's F1");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aUnitsListedPersonsAreTheDaysListedPersonsAtThatUnit(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        int found = 0;
        for (LocalDate day : List.of(day(2, 28), day(3, 1), day(3, 15), day(3, 31), day(4, 1))) {
            for (String unit : List.of(A, B, "SE0000000000-E9999")) {
                List<ListedPerson> atUnit = new ArrayList<>();
                inputs.forEachListedAtOn(unit, day, atUnit::add);
                atUnit.sort((a, b) -> a.listing().personId().compareTo(b.listing().personId()));
                assertEquals(listedOn(inputs, day).stream().filter(l -> l.hsaId().equals(unit)).toList(), atUnit,
                        unit + " on " + day);
                found += atUnit.size();
            }
        }
        assertTrue(found > 5, "the units have listed persons on these days");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listingsValidOnADayIncludeBothEndsAndOpenEnds(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        List<ListedPerson> first = listedOn(inputs, day(3, 1));
        assertEquals(List.of(P1, P5, P4), first.stream().map(l -> l.listing().personId()).toList());
        assertEquals(Set.of(CniFlag.OLD_ALONE, CniFlag.LOW_EDUCATION), first.get(0).person().cniFlags());
        assertEquals(new BigDecimal("12.5"), first.get(0).person().distanceKm());
        assertEquals("2380A0010", first.get(0).person().areaCode());
        assertNull(first.get(1).person(), "a listed person missing from the register");
        assertEquals(LocalDate.of(1980, 5, 5), first.get(1).birthDate());

        assertEquals(List.of(P2, P5, P4), listedOn(inputs, day(2, 28)).stream()
                .map(l -> l.listing().personId()).toList());
        List<ListedPerson> last = listedOn(inputs, day(3, 31));
        assertEquals(List.of(P1, P3, P5), last.stream().map(l -> l.listing().personId()).toList());
        assertTrue(last.get(1).listing().assigned());
        assertEquals(List.of(P1, P5), listedOn(inputs, day(4, 1)).stream().map(l -> l.listing().personId()).toList());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theDatabaseCountsTheListedGroupsThatThePersonsMakeUp(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);
        List<DistanceBand> bands = List.of(new DistanceBand(BigDecimal.ZERO, BigDecimal.TEN),
                new DistanceBand(BigDecimal.TEN, null));

        List<ListedGroup> groups = new ArrayList<>();
        inputs.forEachListedGroupOn(day(3, 1), bands, groups::add);

        int[] oldAloneWithLowEducation = new int[CniFlag.values().length];
        oldAloneWithLowEducation[CniFlag.OLD_ALONE.ordinal()] = 1;
        oldAloneWithLowEducation[CniFlag.LOW_EDUCATION.ordinal()] = 1;
        int[] under5 = new int[CniFlag.values().length];
        under5[CniFlag.UNDER5.ordinal()] = 1;
        assertEquals(List.of(
                new ListedGroup(A, 44, Sex.F, -1, false, 1, new int[CniFlag.values().length]),
                new ListedGroup(A, 5, Sex.F, -1, true, 1, under5),
                new ListedGroup(A, 85, Sex.M, 1, true, 1, oldAloneWithLowEducation)), groups,
                "P5 has no record: age and sex from the personnummer; P4 turned 5 on 4 April 2024");
        for (LocalDate day : List.of(day(2, 28), day(3, 31), day(4, 1))) {
            List<ListedGroup> counted = new ArrayList<>();
            inputs.forEachListedGroupOn(day, bands, counted::add);
            ListedGroups byPerson = new ListedGroups(day, bands);
            inputs.forEachListedOn(day, byPerson);
            List<ListedGroup> expected = new ArrayList<>();
            byPerson.forEach(expected::add);
            assertEquals(expected, counted, "on " + day);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theDatabaseDerivesTheBirthNumberAndTheFlagBitsOfEachPersonItStores(Backend backend) throws SQLException {
        march(backend);
        List<Person> persons = new ArrayList<>();
        for (CniFlag flag : CniFlag.values()) {
            persons.add(bornOnLeapDay(flag.ordinal(), Set.of(flag)));
        }
        persons.add(bornOnLeapDay(7, Set.of(CniFlag.values())));
        persons.add(bornOnLeapDay(8, null));
        try (Connection connection = backend.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (BulkWriter<Person> writer = BulkWriter.open(connection, new PersonTable())) {
                for (Person person : persons) {
                    writer.add(person, 2);
                }
                writer.finish();
            }
            connection.commit();
        }

        Map<String, List<Integer>> derived = new HashMap<>();
        Streams.list(backend.dataSource(), "select person_id, birth_yyyymmdd, cni_flag_bits from person"
                + " where birth_date = ?", statement -> Jdbc.setDate(statement, 1, LocalDate.of(2016, 2, 29)),
                rs -> Map.entry(rs.getString(1), List.of(rs.getInt(2), rs.getInt(3))))
                .forEach(row -> derived.put(row.getKey(), row.getValue()));
        for (CniFlag flag : CniFlag.values()) {
            assertEquals(List.of(20160229, 1 << flag.ordinal()), derived.get(persons.get(flag.ordinal()).personId()),
                    flag + " is bit " + flag.ordinal() + ", as ListedGroupQuery reads it");
        }
        assertEquals(List.of(20160229, 127), derived.get(persons.get(7).personId()), "every flag");
        assertEquals(List.of(20160229, 0), derived.get(persons.get(8).personId()), "no flags");
    }

    private static Person bornOnLeapDay(int serial, Set<CniFlag> flags) {
        String number = "16022901" + serial;
        return new Person("20" + number + PersonId.checkDigit(number), LocalDate.of(2016, 2, 29), Sex.F, "2380", null,
                null, flags);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listedUnitOnAnswersByPointQueries(Backend backend) throws SQLException {
        assertListedUnits(march(backend));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listedUnitOnAnswersInsideAndOutsideTheIndex(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);
        for (int i = 0; i <= StoredRunInputs.POINT_LOOK_UPS; i++) {
            inputs.listedUnitOn(P1, day(3, 10));
            inputs.listedUnitOn("fotvard", P1, day(3, 10));
        }
        assertListedUnits(inputs);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theListingIndexAnswersTheSameByLookUpsAndByAJoinOfEveryListing(Backend backend) throws SQLException {
        march(backend);
        ListingKeys keys = new ListingKeys(backend.dataSource());
        for (int lookedUp : new int[] { ListingIndex.LOOKED_UP_PERSONS, 0 }) {
            ListingIndex halsoval = ListingIndex.build(backend.dataSource(), keys, "halsoval", "halsoval", MARCH,
                    lookedUp);
            ListingIndex fotvard = ListingIndex.build(backend.dataSource(), keys, "fotvard", "halsoval", MARCH,
                    lookedUp);
            String how = lookedUp == 0 ? "joined" : "looked up";
            assertEquals(Optional.of(A), halsoval.listedUnitOn(P1, day(3, 10)), how);
            assertEquals(Optional.empty(), halsoval.listedUnitOn(P3, day(3, 1)), how);
            assertEquals(Optional.of(B), halsoval.listedUnitOn(P3, day(3, 15)), how);
            assertEquals(Optional.of(A), halsoval.listedUnitOn(P4, day(3, 1)), how + ", no visit: a point query");
            assertEquals(Optional.of(B), fotvard.listedUnitOn(P1, day(3, 10)), how);
            assertEquals(Optional.empty(), fotvard.listedUnitOn(P3, day(3, 10)), how);
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void personsAreTheSameOneByOneAndOnceTheVisitorsAreReadTogether(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);
        inputs.forEachActivityBetween(day(2, 1), day(4, 1), a -> {
        });
        for (int i = 0; i <= StoredRunInputs.POINT_LOOK_UPS; i++) {
            assertEquals(Optional.empty(), inputs.person(String.format("19900101%04d", i)));
        }

        Person visitor = inputs.person(P1).orElseThrow();
        assertEquals(LocalDate.of(1940, 1, 1), visitor.birthDate());
        assertEquals("2380A0010", visitor.areaCode());
        assertEquals(Set.of(CniFlag.OLD_ALONE, CniFlag.LOW_EDUCATION), visitor.cniFlags());
        assertEquals(LocalDate.of(1950, 2, 2), inputs.person(P2).orElseThrow().birthDate(), "a visitor of February");
        assertEquals(LocalDate.of(2019, 4, 4), inputs.person(P4).orElseThrow().birthDate(), "no visit: looked up");
        assertEquals(Optional.empty(), inputs.person(P6), "a visitor the register does not have");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listingOnGivesTheWholeListingOfTheDay(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        assertEquals(Optional.of(new Listing(P3, "halsoval", B, day(3, 2), day(3, 31), true)),
                inputs.listingOn("halsoval", P3, day(3, 15)));
        assertEquals(Optional.of(new Listing(P1, "fotvard", B, day(1, 1), null, false)),
                inputs.listingOn("fotvard", P1, day(3, 10)));
        assertEquals(Optional.empty(), inputs.listingOn("halsoval", P3, day(3, 1)));
        assertEquals(Optional.empty(), inputs.listingOn("fotvard", P3, day(3, 10)));
    }

    /** The fixture's listings as the models ask for them, in the run's vårdval and in fotvård. */
    private static void assertListedUnits(RunInputs inputs) {
        assertEquals(Optional.of(A), inputs.listedUnitOn(P1, day(3, 10)));
        assertEquals(Optional.empty(), inputs.listedUnitOn(P1, day(2, 10)));
        assertEquals(Optional.empty(), inputs.listedUnitOn(P3, day(3, 1)));
        assertEquals(Optional.of(B), inputs.listedUnitOn(P3, day(3, 15)));
        assertEquals(Optional.of(A), inputs.listedUnitOn(P2, day(2, 27)));
        assertEquals(Optional.of(A), inputs.listedUnitOn(P4, day(3, 1)));
        assertEquals(Optional.empty(), inputs.listedUnitOn(P4, day(3, 2)));
        assertEquals(Optional.empty(), inputs.listedUnitOn("199001010009", day(3, 2)));
        assertEquals(Optional.of(B), inputs.listedUnitOn("fotvard", P1, day(3, 10)));
        assertEquals(Optional.empty(), inputs.listedUnitOn("fotvard", P3, day(3, 10)));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void activitiesOfThePeriodAndVardvalAreStreamed(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);
        List<Activity> activities = new ArrayList<>();
        inputs.forEachActivity(activities::add);
        activities.sort((a, b) -> a.activityId().compareTo(b.activityId()));

        assertEquals(List.of("H1", "H2", "H5", "H6", "H7", "H8"),
                activities.stream().map(Activity::activityId).toList());
        assertEquals(activity("H1", "halsoval", P1, B, day(3, 10)), activities.get(0));
        assertEquals(Optional.empty(), inputs.person(P5));
        assertEquals(Sex.F, inputs.person(P4).orElseThrow().sex());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theDatabaseCountsTheActivityGroupsThatTheActivitiesMakeUp(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        List<ActivityGroup> groups = new ArrayList<>();
        inputs.forEachActivityGroup(groups::add);

        BigDecimal fee = new BigDecimal("200.00");
        assertEquals(List.of(
                new ActivityGroup(A, null, ContactType.PHYSICAL, Profession.DOCTOR, false, false, 1, fee),
                new ActivityGroup(B, null, ContactType.PHYSICAL, Profession.DOCTOR, false, true, 1, fee),
                new ActivityGroup(B, A, ContactType.PHYSICAL, Profession.DOCTOR, false, false, 2,
                        new BigDecimal("400.00")),
                new ActivityGroup(B, A, ContactType.PHONE, Profession.NURSE, true, false, 1, new BigDecimal("100.50")),
                new ActivityGroup(B, B, ContactType.PHYSICAL, Profession.DOCTOR, false, false, 1, fee)), groups,
                "P2's listing ended in February and the register knows P2; P6 is listed nowhere and unknown");
        ActivityGroups byActivity = new ActivityGroups();
        inputs.forEachActivity(activity -> {
            String listedAt = inputs.listedUnitOn(activity.personId(), activity.date()).orElse(null);
            byActivity.add(activity, listedAt, listedAt == null && inputs.person(activity.personId()).isEmpty());
        });
        List<ActivityGroup> expected = new ArrayList<>();
        byActivity.forEach(expected::add);
        assertEquals(expected, groups, "the database groups as the activities one by one do");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void activityHistoryIncludesBothEndsOfItsRange(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        assertEquals(List.of("H1", "H2", "H3"), activityIdsBetween(inputs, day(2, 27), day(3, 15)));
        assertEquals(List.of("H1"), activityIdsBetween(inputs, day(2, 28), day(3, 14)));
        assertEquals(List.of("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8"),
                activityIdsBetween(inputs, day(1, 1), day(4, 1)));
        assertEquals(List.of("H4"), activityIdsBetween(inputs, day(4, 1), day(4, 1)));
    }

    private static List<String> activityIdsBetween(RunInputs inputs, LocalDate from, LocalDate to) {
        List<String> ids = new ArrayList<>();
        inputs.forEachActivityBetween(from, to, a -> ids.add(a.activityId()));
        ids.sort(null);
        return ids;
    }

    @ParameterizedTest
    @MethodSource("backends")
    void periodDataOfTheContractedUnits(Backend backend) throws SQLException {
        RunInputs inputs = march(backend);

        assertEquals(List.of(A), inputs.units().stream().map(u -> u.hsaId()).toList());
        assertEquals(List.of(A), inputs.contracts().stream().map(c -> c.hsaId()).toList());
        assertEquals(List.of("JOUR"), inputs.supplementaries().stream().map(Supplementary::code).toList());
        assertEquals(1, inputs.providers().size());
        assertEquals(List.of(new Cost(A, MARCH, CostCategory.DRUGS, new BigDecimal("1000.50"), null),
                new Cost(A, MARCH, CostCategory.DRUGS, new BigDecimal("20.00"), "F-77")), inputs.costs());
        assertEquals(Arrays.asList(null, Sex.F), inputs.indicators().stream().map(Indicator::sex).toList());
        assertEquals(new BigDecimal("0.85"), inputs.indicators().stream().filter(i -> i.sex() == null).findFirst()
                .orElseThrow().value());
        assertEquals(List.of(new Penalty(A, day(3, 15), new BigDecimal("2"), "Bristande tillgänglighet")),
                inputs.penalties());
        List<CniUnit> cni = inputs.cniUnits();
        assertEquals(1, cni.size());
        assertEquals(YearMonth.of(2025, 1), cni.get(0).period(), "the latest earlier delivery");
        assertEquals(new BigDecimal("1.2"), cni.get(0).cni());
        assertEquals(cni(A, YearMonth.of(2025, 1), "1.2"), cni.get(0));
    }
}
