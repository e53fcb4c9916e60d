package se.vardval.specialist.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;

/**
 * The demo's specialist data run through the model under the demo rulebooks: each vårdval's rows are paid at its own
 * units, the hud provider with two receptions crosses its ceiling in spring, and what is rejected is what the demo
 * means to show.
 */
class DemoActivitiesTest {

    private static final List<YearMonth> YEAR = java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(m -> YearMonth.of(2020, m)).toList();
    private static final DemoActivities.Rows ROWS = DemoActivities.generate(new SplittableRandom(2020), YEAR,
            persons(500));
    private static final SpecialistDemo DEMO = new SpecialistDemo();

    /** Valid personnummer of persons born 1940–1979. */
    private static List<String> persons(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
            String yymmdd = String.format("%02d%02d%02d", 40 + i % 40, 1 + i % 12, 1 + i % 28);
            String serial = String.format("%03d", i % 1000);
            return "19" + yymmdd + "-" + serial + PersonId.checkDigit(yymmdd + serial);
        }).toList();
    }

    private static JsonNode parameters(int rulebook) {
        return Fixtures.json(DEMO.rulebooks().get(rulebook)).get("parameters");
    }

    /** The month of the vårdval under its demo rulebook, with the earlier months' lines as approved. */
    private static ModelResult month(String careChoice, int rulebook, YearMonth month, Map<YearMonth,
            List<PaymentLine>> approved) {
        TestInputs inputs = new TestInputs(month, parameters(rulebook));
        for (List<String> contract : ROWS.contracts()) {
            if (contract.get(1).equals(careChoice)) {
                inputs.unit(contract.get(3), contract.get(2), LocalDate.of(2018, 1, 1), null);
            }
        }
        for (List<String> a : ROWS.activities()) {
            if (a.get(1).equals(careChoice)) {
                Map<String, String> codes = new TreeMap<>();
                for (String pair : a.get(10).split("\\|")) {
                    codes.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
                }
                inputs.activity(a.get(2), a.get(3), LocalDate.parse(a.get(4)), ContactType.valueOf(a.get(5)),
                        Profession.valueOf(a.get(6)), a.get(8), codes);
            }
        }
        approved.forEach((m, lines) -> lines.forEach(l -> inputs.approved(m, l.hsaId(), l.component(),
                l.amount().toPlainString())));
        return Fixtures.MODEL.calculate(inputs);
    }

    private static TreeSet<String> reasons(ModelResult result) {
        return new TreeSet<>(result.rejections().stream().map(RejectedItem::reasonCode).toList());
    }

    @Test
    void hudsBigProviderCrossesItsCeilingInSpringAndOnlyNewVisitsWithoutReferralAreRejected() {
        Map<YearMonth, List<PaymentLine>> approved = new TreeMap<>();
        YearMonth crossing = null;
        for (YearMonth month : YEAR.subList(0, 6)) {
            ModelResult result = month("hud", 0, month, approved);
            assertEquals(new TreeSet<>(List.of("REFERRAL_MISSING")), reasons(result), month.toString());
            assertNull(Fixtures.line(result, "SE5566234562-HUD3", "CEILING"), "the small provider stays under");
            if (crossing == null && Fixtures.line(result, "SE5566123450-HUD1", "CEILING") != null) {
                crossing = month;
                assertNotNull(Fixtures.line(result, "SE5566123450-HUD2", "CEILING"), "shared by both receptions");
            }
            approved.put(month, result.lines());
        }
        assertNotNull(crossing, "the ceiling of 150 000 kr is crossed by June");
        assertTrue(crossing.getMonthValue() >= 2 && crossing.getMonthValue() <= 4, crossing.toString());
    }

    @Test
    void ogonPaysDrgWithLongStaysAndRejectsTheCodeMissingFromTheWeightTable() {
        ModelResult january = month("ogon", 1, YEAR.get(0), Map.of());
        assertTrue(new TreeSet<>(List.of("UNKNOWN_DRG")).containsAll(reasons(january)), reasons(january).toString());
        assertTrue(reasons(january).contains("UNKNOWN_DRG"));
        for (String unit : List.of("SE5566345673-OGA1", "SE5566456785-OGA2")) {
            assertNotNull(Fixtures.line(january, unit, "DRG"), unit);
            assertNotNull(Fixtures.line(january, unit, "VISITS"), unit);
        }
        BigDecimal outliers = YEAR.stream().map(m -> month("ogon", 1, m, Map.of()).lines().stream()
                .filter(l -> l.component().equals("DRG_OUTLIER")).map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(outliers.signum() > 0, "some stays are longer than the trim point");
    }

    @Test
    void protesPaysEpisodesAndPromAndLeavesReoperationsWithinTheWarrantyUnpaid() {
        TreeSet<String> reasons = new TreeSet<>();
        BigDecimal valueBased = BigDecimal.ZERO;
        for (YearMonth month : YEAR) {
            ModelResult result = month("hoftknaprotes", 2, month, Map.of());
            reasons.addAll(reasons(result));
            assertTrue(result.lines().stream().anyMatch(l -> l.component().equals("EPISODE")), month.toString());
            valueBased = valueBased.add(result.lines().stream().filter(l -> l.component().equals("VALUE_BASED"))
                    .map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).abs());
        }
        assertTrue(valueBased.signum() > 0, "PROM results pay bonuses and deductions");
        // a patient drawn twice for the same joint starts inside an open episode, and that start's follow-up may
        // come after the first episode's warranty
        assertTrue(new TreeSet<>(List.of("REFERRAL_MISSING", "WARRANTY", "EPISODE_ALREADY_OPEN", "NO_EPISODE"))
                .containsAll(reasons), reasons.toString());
        assertTrue(reasons.contains("WARRANTY"), reasons.toString());
    }

    @Test
    void everyActivityIsAtAUnitOfItsOwnVardval() {
        Map<String, String> vardvalOfUnit = new TreeMap<>();
        ROWS.contracts().forEach(c -> vardvalOfUnit.put(c.get(3), c.get(1)));
        for (List<String> a : ROWS.activities()) {
            assertEquals(a.get(1), vardvalOfUnit.get(a.get(3)), a.toString());
        }
        assertEquals(3, new TreeSet<>(vardvalOfUnit.values()).size());
    }
}
