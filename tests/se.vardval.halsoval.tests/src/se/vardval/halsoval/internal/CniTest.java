package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.amount;
import static se.vardval.halsoval.internal.Fixtures.defaults;
import static se.vardval.halsoval.internal.Fixtures.kr;
import static se.vardval.halsoval.internal.Fixtures.line;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.run;
import static se.vardval.halsoval.internal.Fixtures.set;
import static se.vardval.halsoval.internal.Fixtures.text;
import static se.vardval.halsoval.internal.Fixtures.warnings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.UserError;

class CniTest {

    private static final YearMonth MARCH_2020 = YearMonth.of(2020, 3);

    /** 1 200 kr per index point and year = 100 kr per month at CNI 1. */
    private static ObjectNode personFlags() {
        return set(defaults(), "cni.krPerIndexPoint", "1200");
    }

    /**
     * A: four listed, flags UNDER5 (3.23), FOREIGN_BORN + UNEMPLOYED (5.72 + 5.13) → index 14.08. B: two listed, one
     * OLD_ALONE (6.15) → index 6.15. Regional reference = 20.23 / 6.
     */
    private static TestInputs twoUnits(ObjectNode p) {
        return new TestInputs(MARCH_2020, p).unit("A").unit("B")
                .listed(pnr(2018, 1, 1, 10), "A", CniFlag.UNDER5)
                .listed(pnr(1980, 1, 1, 10), "A", CniFlag.FOREIGN_BORN, CniFlag.UNEMPLOYED)
                .listed(pnr(1981, 1, 1, 10), "A").listed(pnr(1982, 1, 1, 10), "A")
                .listed(pnr(1940, 1, 1, 10), "B", CniFlag.OLD_ALONE).listed(pnr(1983, 1, 1, 10), "B");
    }

    @Test
    void personFlagsAgainstTheRegionalMeanPayTheWholeRegionOneIndexPointPerListed() {
        ModelResult result = run(twoUnits(personFlags()));
        // A: 4 × (14.08/4)/(20.23/6) × 100 = 14.08 × 600 / 20.23 = 417.5976... ; B: 6.15 × 600 / 20.23 = 182.4023...
        assertEquals(kr("417.60"), amount(result, "A", Cni.CODE));
        assertEquals(kr("182.40"), amount(result, "B", Cni.CODE));
        assertEquals(kr("600.00"), amount(result, "A", Cni.CODE).add(amount(result, "B", Cni.CODE)),
                "6 listed at a regional mean CNI of 1");
        assertEquals(0, kr("4").compareTo(line(result, "A", Cni.CODE).basis()));
        assertEquals(0, kr("104.399407").compareTo(line(result, "A", Cni.CODE).rate()), "cni 1.04399... × 100");
    }

    @Test
    void aFixedReferenceReplacesTheRegionalMean() {
        ObjectNode p = set(personFlags(), "cni.reference", "3");
        // A: 14.08 × 1 200 / (3 × 12) = 469.333...
        assertEquals(kr("469.33"), amount(run(twoUnits(p)), "A", Cni.CODE));
    }

    @Test
    void aThresholdPaysOnlyUnitsWhoseCniExceedsIt() {
        ObjectNode p = set(personFlags(), "cni.threshold", "1");
        ModelResult result = run(twoUnits(p));
        assertEquals(kr("417.60"), amount(result, "A", Cni.CODE), "cni 1.044 > 1");
        assertNull(amount(result, "B", Cni.CODE), "cni 0.912 ≤ 1");
    }

    @Test
    void noFlagsAnywhereIsWarnedOfAndPaysNothing() {
        TestInputs inputs = new TestInputs(MARCH_2020, personFlags()).unit("A").listed(pnr(1980, 1, 1, 10), "A");
        ModelResult result = run(inputs);
        assertNull(amount(result, "A", Cni.CODE));
        assertEquals(1, warnings(result, "CNI_UNDEFINED").size());
    }

    /**
     * An SCB-style delivery: 1 000 persons, index = Σ wᵢ·nᵢ = 3.23·50 + 5.72·80 + 6.15·40 + 4.19·20 + 4.19·60 +
     * 5.13·30 + 3.97·100 = 1 751.2, and with SCB's reference 1.5 per person, cni = 1 751.2 / 1 000 / 1.5 =
     * 1.167466..., stated by SCB as 1.1675.
     */
    private static CniUnit scbRow(String hsaId, YearMonth period, String statedCni) {
        Map<CniFlag, Integer> counts = new EnumMap<>(CniFlag.class);
        counts.put(CniFlag.UNDER5, 50);
        counts.put(CniFlag.FOREIGN_BORN, 80);
        counts.put(CniFlag.OLD_ALONE, 40);
        counts.put(CniFlag.SINGLE_PARENT, 20);
        counts.put(CniFlag.MOVED_IN, 60);
        counts.put(CniFlag.UNEMPLOYED, 30);
        counts.put(CniFlag.LOW_EDUCATION, 100);
        return new CniUnit(hsaId, period, 1000, counts, kr("1751.2"), kr(statedCni));
    }

    private static TestInputs threeListedAtA(ObjectNode p) {
        return new TestInputs(MARCH_2020, p).unit("A").listed(pnr(1980, 1, 1, 10), "A")
                .listed(pnr(1981, 1, 1, 10), "A").listed(pnr(1982, 1, 1, 10), "A");
    }

    @Test
    void scbsCountsReproduceScbsIndexAndCni() {
        CniUnit row = scbRow("A", MARCH_2020, "1.1675");
        BigDecimal index = BigDecimal.ZERO;
        for (Map.Entry<CniFlag, Integer> count : row.counts().entrySet()) {
            index = index.add(count.getKey().scbWeight().multiply(BigDecimal.valueOf(count.getValue())));
        }
        assertEquals(0, row.index().compareTo(index));
        assertEquals(row.cni(), index.divide(kr("1000")).divide(kr("1.5"), 4, RoundingMode.HALF_UP));

        ObjectNode p = text(set(personFlags(), "cni.reference", "1.5"), "cni.source", "UNIT_FILE");
        ModelResult result = run(threeListedAtA(p).cniUnit(row));
        // 3 listed × 1 751.2/1 000/1.5 (unrounded) × 100 = 350.24 exactly
        assertEquals(kr("350.24"), amount(result, "A", Cni.CODE));
        assertTrue(warnings(result, "CNI_DIFFERS").isEmpty());
    }

    @Test
    void aCniThatTheCountsDoNotReproduceIsWarnedOf() {
        ObjectNode p = text(set(personFlags(), "cni.reference", "1.5"), "cni.source", "UNIT_FILE");
        ModelResult result = run(threeListedAtA(p).cniUnit(scbRow("A", MARCH_2020, "1.20")));
        assertEquals(kr("350.24"), amount(result, "A", Cni.CODE), "the exact CNI from the counts is paid");
        assertEquals(List.of("SCB anger index 1 751,2 och CNI 1,2 för 2020-03; antalen med förfrågningsunderlagets"
                + " vikter och referensvärde ger index 1 751,2 och CNI 1,167467. Det beräknade värdet används; jämför"
                + " cni.weights och cni.reference med SCB:s leverans."),
                warnings(result, "CNI_DIFFERS").stream().map(RunWarning::message).toList());
    }

    @Test
    void withoutAReferenceScbsStatedCniIsPaidFromTheLatestDelivery() {
        ObjectNode p = text(personFlags(), "cni.source", "UNIT_FILE");
        TestInputs inputs = threeListedAtA(p).cniUnit(scbRow("A", YearMonth.of(2019, 12), "0.9"))
                .cniUnit(scbRow("A", YearMonth.of(2020, 2), "1.1675"))
                .cniUnit(scbRow("A", YearMonth.of(2020, 4), "2"));
        // 3 × 1.1675 × 100 = 350.25 (February's delivery: the latest not after March)
        assertEquals(kr("350.25"), amount(run(inputs), "A", Cni.CODE));
    }

    @Test
    void withoutAReferenceScbsIndexIsStillCheckedAgainstItsCounts() {
        ObjectNode p = text(personFlags(), "cni.source", "UNIT_FILE");
        ModelResult scbWeights = run(threeListedAtA(p).cniUnit(scbRow("A", MARCH_2020, "1.1675")));
        assertTrue(warnings(scbWeights, "CNI_DIFFERS").isEmpty(), "SCB's weights reproduce SCB's index 1 751.2");

        ObjectNode otherWeights = set(text(personFlags(), "cni.source", "UNIT_FILE"), "cni.weights.UNDER5", "3.00");
        ModelResult result = run(threeListedAtA(otherWeights).cniUnit(scbRow("A", MARCH_2020, "1.1675")));
        // 3 listed × SCB's 1.1675 × 100: the stated CNI is paid whatever the weights
        assertEquals(kr("350.25"), amount(result, "A", Cni.CODE));
        // 1 751.2 − 50 × (3.23 − 3.00) = 1 739.7
        assertEquals(List.of("SCB anger index 1 751,2 för 2020-03; antalen med förfrågningsunderlagets vikter ger index"
                + " 1 739,7. SCB:s CNI 1,1675 används; jämför cni.weights med SCB:s leverans."),
                warnings(result, "CNI_DIFFERS").stream().map(RunWarning::message).toList());
    }

    @Test
    void aUnitWithoutScbCniStopsTheRunNamingTheUnit() {
        ObjectNode p = text(personFlags(), "cni.source", "UNIT_FILE");
        TestInputs inputs = threeListedAtA(p).unit("B").listed(pnr(1990, 1, 1, 10), "B")
                .cniUnit(scbRow("A", MARCH_2020, "1.1675"));
        UserError error = assertThrows(UserError.class, () -> run(inputs));
        assertTrue(error.getMessage().contains("B"), error.getMessage());
        assertTrue(error.getMessage().contains("UNIT_FILE"), error.getMessage());
    }

    /**
     * Jämtland Härjedalen 2020: 820 kr per listed at CNI 1, unit CNI 0.79–1.32, i.e. 646–1 078 kr: SCB's CNI with
     * more decimals (0.788 and 1.315) gives 646.16 → 646 and 1 078.3 → 1 078 kr a year.
     */
    @Test
    void publishedCniRangeOfJamtland() {
        assertEquals(kr("646"), kr("0.788").multiply(kr("820")).setScale(0, RoundingMode.HALF_UP));
        assertEquals(kr("1078"), kr("1.315").multiply(kr("820")).setScale(0, RoundingMode.HALF_UP));
        ObjectNode p = text(set(defaults(), "cni.krPerIndexPoint", "820"), "cni.source", "UNIT_FILE");
        TestInputs inputs = new TestInputs(MARCH_2020, p).unit("A").listed(pnr(1980, 1, 1, 10), "A")
                .cniUnit(new CniUnit("A", MARCH_2020, 0, Map.of(), null, kr("0.788")));
        // 0.788 × 820 / 12 = 53.846...
        assertEquals(kr("53.85"), amount(run(inputs), "A", Cni.CODE));
    }
}
