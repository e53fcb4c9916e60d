package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.RejectedItem;

/**
 * A run keeps what its model rejected and handed over; a correction hands over only the difference; the history a
 * model reads (activities of earlier months, approved lines, listings in another vårdval) is part of the fingerprint,
 * and the run keeps the months whose approved lines its model read.
 */
class HistoryAndHandOverTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2020, 2);
    private static final YearMonth MARCH = YearMonth.of(2020, 3);
    private static final String ANNA = "198112189876";
    private static final String BO = "198204112380";
    private static final String CARL = "197010632391";

    private InMemoryWorld world;
    private MonthlyRunEngine engine;

    @BeforeEach
    void world() {
        world = new InMemoryWorld();
        world.rulebook(2020, RulebookStatus.DECIDED);
        world.listings.add(listing("demo", ANNA, "A"));
        world.listings.add(listing("demo", BO, "A"));
        world.otherListings.add(listing("other", ANNA, "X"));
        world.otherListings.add(listing("other", BO, "Y"));
        engine = new MonthlyRunEngine(world, world.masterData, world.rulebookStore, world.runStore, world,
                TestUsers.ACCESS, world.naming, Clock.fixed(Instant.parse("2020-04-02T08:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void aRunKeepsItsRejectionsAndHandOvers() {
        world.activities.add(activity("V1", ANNA, LocalDate.of(2020, 3, 10)));
        world.activities.add(activity("V2", CARL, LocalDate.of(2020, 3, 11)));

        PaymentRun run = engine.run("demo", MARCH, "anna");

        assertEquals(List.of(new RejectedItem("A", "V2", CARL, LocalDate.of(2020, 3, 11), "NOT_LISTED",
                "not listed that day")), engine.rejections(run.id()));
        assertEquals(List.of(handOver("X", "50"), handOver("Y", "50")), engine.costHandOvers(run.id()));
    }

    @Test
    void aCorrectionHandsOverOnlyTheDifference() {
        engine.approve(engine.run("demo", MARCH, "anna").id(), "bertil");
        world.otherListings.removeIf(l -> l.personId().equals(BO));
        world.otherListings.add(listing("other", BO, "X"));

        PaymentRun correction = engine.correct("demo", MARCH, "anna");

        assertEquals(List.of(handOver("X", "50.00"), handOver("Y", "-50.00")),
                engine.costHandOvers(correction.id()));
        assertEquals(List.of(), world.lines.get(correction.id()), "the payment itself did not change");
    }

    @Test
    void anUnchangedMonthHandsNothingOverAgain() {
        engine.approve(engine.run("demo", MARCH, "anna").id(), "bertil");
        assertEquals(List.of(), engine.costHandOvers(engine.correct("demo", MARCH, "anna").id()));
    }

    @Test
    void theActivityHistoryReadIsPartOfTheFingerprint() {
        String first = engine.run("demo", MARCH, "anna").inputsFingerprint();
        world.activities.add(activity("OLD", ANNA, LocalDate.of(2019, 12, 31)));
        assertEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint(),
                "December is outside the two months of history");
        world.activities.add(activity("JAN", ANNA, LocalDate.of(2020, 1, 1)));
        assertNotEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint());
    }

    @Test
    void anApprovedEarlierMonthIsPartOfTheFingerprint() {
        String first = engine.run("demo", MARCH, "anna").inputsFingerprint();
        PaymentRun february = engine.run("demo", FEBRUARY, "anna");
        assertEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint(), "February is not yet approved");
        engine.approve(february.id(), "bertil");
        assertNotEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint());
    }

    @Test
    void aRunAndItsCorrectionKeepTheMonthsWhoseApprovedLinesTheModelRead() {
        PaymentRun march = engine.run("demo", MARCH, "anna");
        MonthSpan januaryFebruary = new MonthSpan(YearMonth.of(2020, 1), FEBRUARY);
        assertEquals(januaryFebruary, march.approvedMonthsRead(), "the counting model reads the two months before");
        assertEquals(januaryFebruary, world.runStore.find(march.id()).orElseThrow().approvedMonthsRead());
        engine.approve(march.id(), "bertil");
        assertEquals(januaryFebruary, engine.correct("demo", MARCH, "anna").approvedMonthsRead());
    }

    @Test
    void theMonthsReadCoverEveryReadOfApprovedLinesAndNoneWithoutOne() {
        FingerprintingRunInputs inputs = new FingerprintingRunInputs(
                world.open(world.careChoices.get("demo"), MARCH, world.rulebooks.get("demo2020").parameters()),
                () -> false, CodeNames.NONE);
        assertNull(inputs.approvedMonthsRead(), "a model that reads no approved lines");
        inputs.approvedLines(YearMonth.of(2020, 1), YearMonth.of(2019, 12));
        assertNull(inputs.approvedMonthsRead(), "a span without a month reads nothing");
        inputs.approvedLines(FEBRUARY, FEBRUARY);
        inputs.approvedLines(YearMonth.of(2019, 11), YearMonth.of(2019, 12));
        assertEquals(new MonthSpan(YearMonth.of(2019, 11), FEBRUARY), inputs.approvedMonthsRead());
    }

    @Test
    void aListingMovedInAnotherVardvalIsPartOfTheFingerprint() {
        String first = engine.run("demo", MARCH, "anna").inputsFingerprint();
        world.otherListings.removeIf(l -> l.personId().equals(BO));
        world.otherListings.add(listing("other", BO, "X"));
        assertNotEquals(first, engine.run("demo", MARCH, "anna").inputsFingerprint());
    }

    private static CostHandOver handOver(String unit, String amount) {
        return new CostHandOver(unit, MARCH, CostCategory.FOOT_CARE, new BigDecimal(amount), "LISTED");
    }

    private static Listing listing(String careChoice, String person, String unit) {
        return new Listing(person, careChoice, unit, LocalDate.of(2019, 1, 1), null, false);
    }

    private static Activity activity(String id, String person, LocalDate date) {
        return new Activity(id, "demo", person, "A", date, ContactType.PHYSICAL, Profession.DOCTOR, "K1",
                BigDecimal.ZERO, false, Map.of());
    }
}
