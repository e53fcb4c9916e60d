package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.annual.CompensationLine;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.Deviation;
import se.vardval.annual.DistributionBasis;
import se.vardval.annual.SourcedAmount;
import se.vardval.annual.UnitBasis;
import se.vardval.core.domain.Ownership;

/** Deficit compensation on worked examples computed by hand, for both bases and a year without a deficit. */
class DeficitCalculatorTest {

    private static final String REGION = "2321000016";

    @Test
    void perListedDistributesTheDeficitPerListedPersonOfTheRegionRunUnits() {
        // A = −3 000 000 + 500 000 + 300 000 + 200 000 − 400 000 = −2 400 000;
        // region-run average listed 8 000 + 4 000 = 12 000 → 200 kr per listed person;
        // P1 3 500.5 × 200 = 700 100.00, P2 1 234.25 × 200 = 246 850.00
        DeficitProposal proposal = DeficitCalculator.propose("halsoval", 2024, new DeficitInputs(
                DistributionBasis.PER_LISTED, false, List.of(deviation(null, "-3000000", "500000", "300000",
                        "200000", "400000"))),
                List.of(unit("R1", REGION, Ownership.REGION_RUN, "2380", "8000"),
                        unit("R2", REGION, Ownership.REGION_RUN, "2361", "4000"),
                        unit("P1", "5560000001", Ownership.PRIVATE, "2380", "3500.5"),
                        unit("P2", "5560000002", Ownership.PRIVATE, "2361", "1234.25")));
        assertEquals(new BigDecimal("-2400000"), proposal.groups().get(0).adjustedDeviation());
        assertEquals(new BigDecimal("200.000000"), proposal.groups().get(0).rate());
        assertLines(proposal, "P1", "700100.00", "P2", "246850.00");
        assertEquals(new BigDecimal("946950.00"), proposal.total());
    }

    @Test
    void theCalculationShowsAnAveragesBasisWithFourDecimalsAndComputesWithAllOfThem() {
        // region-run average listed 2 × 1 000 / 3 = 666.666...6666 (34 digits) → 1 000 000 / that = 1 500 kr each;
        // P1 10 × 1 500 = 15 000.00
        BigDecimal third = new BigDecimal("1000").divide(new BigDecimal("3"), MathContext.DECIMAL128);
        DeficitProposal proposal = DeficitCalculator.propose("halsoval", 2024, new DeficitInputs(
                DistributionBasis.PER_LISTED, false, List.of(deviation(null, "-1000000", "0", "0", "0", "0"))),
                List.of(unit("R1", REGION, Ownership.REGION_RUN, "2380", third.toPlainString()),
                        unit("R2", REGION, Ownership.REGION_RUN, "2361", third.toPlainString()),
                        unit("P1", "5560000001", Ownership.PRIVATE, "2380", "10")));

        String calculation = proposal.groups().get(0).calculation();
        assertTrue(calculation.contains("|A| / de regiondrivna enheternas underlag 666,6667 = 1 500 per"
                + " underlagsenhet; varje annan enhet: |A| × sitt underlag / 666,6667"), calculation);
        assertTrue(calculation.startsWith("A = D + H + S + Å − G = -1 000 000 + 0 + 0 + 0 − 0 = -1 000 000 kr"),
                calculation);
        assertEquals(new BigDecimal("666.6666666666666666666666666666666"), proposal.groups().get(0).regionRunBasis());
        assertLines(proposal, "P1", "15000.00");
    }

    @Test
    void perMunicipalityReproducesThePublishedModelAndSkipsAMunicipalityWithoutDeficit() {
        // 2380: A = −1 000 000, region-run average listed 6 000 → 166.666667 kr per listed person;
        //       P1 average 2 000 → 1 000 000 × 2 000 / 6 000 = 333 333.33 (one rounding, not 166.67 × 2 000)
        // 2361: A = −100 000 + 150 000 = +50 000 ≥ 0 → P2 gets nothing
        DeficitProposal proposal = DeficitCalculator.propose("halsoval", 2024, new DeficitInputs(
                DistributionBasis.PER_LISTED, true, List.of(deviation("2380", "-1000000", "0", "0", "0", "0"),
                        deviation("2361", "-100000", "150000", "0", "0", "0"))),
                List.of(unit("R1", REGION, Ownership.REGION_RUN, "2380", "6000"),
                        unit("R2", REGION, Ownership.REGION_RUN, "2361", "4000"),
                        unit("P1", "5560000001", Ownership.PRIVATE, "2380", "2000"),
                        unit("P2", "5560000002", Ownership.PRIVATE, "2361", "1500")));
        assertEquals(new BigDecimal("166.666667"), proposal.groups().get(0).rate());
        assertLines(proposal, "P1", "333333.33");
        assertTrue(proposal.groups().get(1).calculation().contains("A ≥ 0"), proposal.groups().get(1).calculation());
    }

    @Test
    void proportionalDistributesByTheYearsReimbursement() {
        // |A| = 2 400 000; region-run reimbursement 120 000 000 → 0.02 kr per kr;
        // P1 35 000 000 × 0.02 = 700 000.00; P2 12 345 678.91 × 0.02 = 246 913.5782 → 246 913.58
        DeficitProposal proposal = DeficitCalculator.propose("halsoval", 2024, new DeficitInputs(
                DistributionBasis.PROPORTIONAL, false, List.of(deviation(null, "-2400000", "0", "0", "0", "0"))),
                List.of(unit("R1", REGION, Ownership.REGION_RUN, "2380", "120000000"),
                        unit("P1", "5560000001", Ownership.PRIVATE, "2380", "35000000"),
                        unit("P2", "5560000002", Ownership.MUNICIPAL, "2361", "12345678.91")));
        assertLines(proposal, "P1", "700000.00", "P2", "246913.58");
    }

    @Test
    void aPositiveAdjustedDeviationGivesNoCompensation() {
        // A = −2 000 000 + 1 500 000 + 600 000 + 0 − 0 = +100 000
        DeficitProposal proposal = DeficitCalculator.propose("halsoval", 2024, new DeficitInputs(
                DistributionBasis.PER_LISTED, false, List.of(deviation(null, "-2000000", "1500000", "600000", "0",
                        "0"))),
                List.of(unit("R1", REGION, Ownership.REGION_RUN, "2380", "8000"),
                        unit("P1", "5560000001", Ownership.PRIVATE, "2380", "3000")));
        assertEquals(List.of(), proposal.lines());
        assertEquals(new BigDecimal("100000"), proposal.groups().get(0).adjustedDeviation());
        assertTrue(proposal.groups().get(0).calculation().endsWith("ingen kompensation"));
    }

    private static void assertLines(DeficitProposal proposal, String... unitsAndAmounts) {
        List<CompensationLine> lines = proposal.lines();
        assertEquals(unitsAndAmounts.length / 2, lines.size(), lines.toString());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(unitsAndAmounts[2 * i], lines.get(i).hsaId());
            assertEquals(new BigDecimal(unitsAndAmounts[2 * i + 1]), lines.get(i).amount());
        }
    }

    private static Deviation deviation(String municipality, String d, String h, String s, String a, String g) {
        return new Deviation(municipality, sourced(d, "result"), sourced(h, "huvudmannauppdrag"),
                sourced(s, "sistahandsansvar"), sourced(a, "särskilt åtagande"), sourced(g, "statsbidrag"));
    }

    private static SourcedAmount sourced(String amount, String source) {
        return new SourcedAmount(new BigDecimal(amount), "Årsredovisning 2024: " + source);
    }

    private static UnitBasis unit(String hsaId, String orgNr, Ownership ownership, String municipality,
            String value) {
        return new UnitBasis(hsaId, orgNr, ownership, municipality, new BigDecimal(value));
    }
}
