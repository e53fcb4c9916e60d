package se.vardval.tandvard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

class RiskPoolDistributionTest {

    private static Map<String, BigDecimal> distribute(String pool, Map<String, Long> treatments) {
        return RiskPoolDistribution.distribute(new BigDecimal(pool), treatments);
    }

    @Test
    void theLeftOverOreGoesToTheLargestRemainder() {
        // 100001 öre × 3, 5, 7 / 15 = 20000 r3, 33333 r10, 46667 r2; 1 öre left → B
        assertEquals(Map.of("A", new BigDecimal("200.00"), "B", new BigDecimal("333.34"), "C",
                new BigDecimal("466.67")), distribute("1000.01", Map.of("A", 3L, "B", 5L, "C", 7L)));
    }

    @Test
    void equalRemaindersAreBrokenByHsaId() {
        assertEquals(Map.of("A", new BigDecimal("33.34"), "B", new BigDecimal("33.33"), "C",
                new BigDecimal("33.33")), distribute("100", Map.of("C", 1L, "B", 1L, "A", 1L)));
    }

    @Test
    void aClinicWithoutHighNeedTreatmentsGetsNothing() {
        assertEquals(Map.of("A", new BigDecimal("0.00"), "B", new BigDecimal("10.00")),
                distribute("10", Map.of("A", 0L, "B", 4L)));
    }

    @Test
    void payoutsAlwaysSumExactlyToThePool() {
        Random random = new Random(6);
        for (int round = 0; round < 500; round++) {
            BigDecimal pool = BigDecimal.valueOf(random.nextLong(100_000_000L), 2);
            Map<String, Long> treatments = new TreeMap<>();
            int clinics = 1 + random.nextInt(12);
            for (int i = 0; i < clinics; i++) {
                treatments.put("SE" + i, (long) random.nextInt(i == 0 ? 50 : 0, 500));
            }
            BigDecimal sum = distribute(pool.toPlainString(), treatments).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(pool, sum, treatments.toString());
        }
    }

    @Test
    void aPoolWithoutTreatmentsOrInFractionsOfOreIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> distribute("10", Map.of("A", 0L)));
        assertThrows(IllegalArgumentException.class, () -> distribute("10.005", Map.of("A", 1L)));
        assertThrows(IllegalArgumentException.class, () -> distribute("-1", Map.of("A", 1L)));
        assertEquals(Map.of(), distribute("0", Map.of()));
    }

    @Test
    void highNeedTreatmentsAreCountedPerTreatingClinic() {
        List<Activity> activities = List.of(activity("A", Map.of("high_need", "true")),
                activity("A", Map.of("high_need", "true", "emergency", "AKUT1")), activity("B", Map.of()),
                activity("B", Map.of("high_need", "false")), activity("C", Map.of("high_need", "true")));
        assertEquals(Map.of("A", 2L, "C", 1L), RiskPoolDistribution.highNeedTreatments(activities));
    }

    private static Activity activity(String hsaId, Map<String, String> codes) {
        return new Activity("x", "barntandvard", "201501012383", hsaId, LocalDate.of(2025, 3, 1),
                ContactType.PHYSICAL, Profession.DENTIST, "c", BigDecimal.ZERO, false, codes);
    }
}
