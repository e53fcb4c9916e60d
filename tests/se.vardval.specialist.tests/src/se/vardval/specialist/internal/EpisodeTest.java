package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static se.vardval.specialist.internal.Fixtures.P1;
import static se.vardval.specialist.internal.Fixtures.P2;
import static se.vardval.specialist.internal.Fixtures.P3;
import static se.vardval.specialist.internal.Fixtures.kr;
import static se.vardval.specialist.internal.Fixtures.line;
import static se.vardval.specialist.internal.Fixtures.rejection;
import static se.vardval.specialist.internal.Fixtures.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.specialist.EpisodeRegister;
import se.vardval.specialist.EpisodeStatus;

/** EPISODE: paid once at the start; re-operations inside the 730-day warranty unpaid, just after it a new episode. */
class EpisodeTest {

    private static final YearMonth MARCH_2025 = YearMonth.of(2025, 3);
    private static final Map<String, String> START = Map.of("episode", "HIP", "event", "START");
    private static final Map<String, String> REOPERATION = Map.of("episode", "HIP", "event", "REOPERATION");
    private static final Map<String, String> FOLLOWUP = Map.of("episode", "HIP", "event", "FOLLOWUP");

    @Test
    void aReoperationOnTheLastDayOfTheWarrantyIsUnpaidAndOnTheDayAfterStartsANewPaidEpisode() {
        // started 2023-03-10: the warranty of 730 days runs to 2025-03-09 inclusive
        TestInputs inputs = new TestInputs(MARCH_2025, Fixtures.parameters()).unit("U1").unit("U2")
                .visit(P1, "U1", LocalDate.of(2023, 3, 10), START)
                .visit(P2, "U1", LocalDate.of(2023, 3, 10), START)
                .visit(P1, "U2", LocalDate.of(2025, 3, 9), REOPERATION)
                .visit(P2, "U2", LocalDate.of(2025, 3, 10), REOPERATION);

        ModelResult result = run(inputs);

        assertEquals("WARRANTY", rejection(result, "A3").reasonCode());
        assertEquals("omoperation inom garantin för vårdåtagandet HIP som började 2023-03-10 (730 dagar, till och med"
                + " 2025-03-09): ingår i priset för åtagandet", rejection(result, "A3").reason());
        assertNull(rejection(result, "A4"));
        PaymentLine episode = line(result, "U2", "EPISODE");
        assertEquals(kr("95000.00"), episode.amount());
        assertEquals(kr("1"), episode.basis());
        assertNull(line(result, "U1", "EPISODE"), "the starts of 2023 were paid in 2023");
        // the history asked for: five warranties back from the month, up to the day before it
        assertEquals(List.of("2015-03-04..2025-02-28"), inputs.historyRead());
    }

    @Test
    void aStartIsPaidOnceAndItsFollowUpsAreIncludedWithoutBeingRejected() {
        ModelResult result = run(new TestInputs(MARCH_2025, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", LocalDate.of(2025, 3, 3), START)
                .visit(P1, "U1", LocalDate.of(2025, 3, 17), FOLLOWUP)
                .visit(P1, "U1", LocalDate.of(2025, 3, 20), START)
                .visit(P2, "U1", LocalDate.of(2025, 3, 21), START)
                .visit(P3, "U1", LocalDate.of(2025, 3, 21), FOLLOWUP));

        PaymentLine episode = line(result, "U1", "EPISODE");
        assertEquals(kr("190000.00"), episode.amount());
        assertEquals(kr("2"), episode.basis());
        assertNull(rejection(result, "A2"));
        assertEquals("EPISODE_ALREADY_OPEN", rejection(result, "A3").reasonCode());
        assertEquals("NO_EPISODE", rejection(result, "A5").reasonCode());
    }

    @Test
    void aReoperationWithoutAnEarlierEpisodeStartsOneAndAnUnknownEpisodeCodeIsRejected() {
        ModelResult result = run(new TestInputs(MARCH_2025, Fixtures.parameters()).unit("U1")
                .visit(P1, "U1", LocalDate.of(2025, 3, 3), REOPERATION)
                .visit(P2, "U1", LocalDate.of(2025, 3, 3), Map.of("episode", "KNEE", "event", "START"))
                .visit(P3, "U1", LocalDate.of(2025, 3, 3), Map.of("episode", "HIP")));

        assertEquals(kr("95000.00"), line(result, "U1", "EPISODE").amount());
        assertEquals("vårdåtagandet KNEE finns inte i förfrågningsunderlagets tabell över vårdåtaganden",
                rejection(result, "A2").reason());
        assertEquals("EPISODE_EVENT_MISSING", rejection(result, "A3").reasonCode());
    }

    @Test
    void theRegisterListsEachPaidEpisodeWithItsWarrantyAndWhatFellWithinIt() {
        List<EpisodeStatus> episodes = EpisodeRegister.episodes(new TestInputs(MARCH_2025, Fixtures.parameters())
                .unit("U1").unit("U2")
                .visit(P1, "U1", LocalDate.of(2023, 3, 10), START)
                .visit(P1, "U1", LocalDate.of(2023, 6, 1), Map.of("episode", "HIP", "event", "FOLLOWUP",
                        "prom", "0.3"))
                .visit(P1, "U2", LocalDate.of(2025, 3, 9), REOPERATION)
                .visit(P2, "U2", LocalDate.of(2025, 3, 10), REOPERATION));

        assertEquals(List.of(new EpisodeStatus(P1, "HIP", "U1", LocalDate.of(2023, 3, 10), LocalDate.of(2025, 3, 9),
                1, 1, kr("0.3")), new EpisodeStatus(P2, "HIP", "U2", LocalDate.of(2025, 3, 10),
                        LocalDate.of(2027, 3, 10), 0, 0, null)), episodes);
        assertTrue(episodes.get(0).underWarranty(LocalDate.of(2025, 3, 9)));
        assertFalse(episodes.get(0).underWarranty(LocalDate.of(2025, 3, 10)));
    }
}
