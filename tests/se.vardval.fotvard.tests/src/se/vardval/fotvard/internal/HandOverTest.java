package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.fotvard.internal.Fixtures.kr;
import static se.vardval.fotvard.internal.FeesTest.P1;
import static se.vardval.fotvard.internal.FeesTest.P2;
import static se.vardval.fotvard.internal.FeesTest.P4;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;

/** Each paid treatment's cost goes to the unit where the person is listed in Hälsoval on the day of treatment. */
class HandOverTest {

    @Test
    void eachPaidTreatmentIsHandedOverToThePersonsHalsovalUnitOnTheDay() {
        TestInputs inputs = FeesTest.inputs(true).listedInHalsoval(P1, "HC1", LocalDate.of(2010, 1, 1))
                .listedInHalsoval(P2, "HC2", LocalDate.of(2025, 3, 6)).listedInHalsoval(P4, "HC2",
                        LocalDate.of(2025, 3, 3));
        Calculation month = Fixtures.month(inputs);
        // P1: 450 - 100; P2: 520.50 + 275 at home, listed at HC2 from the day of treatment; P3 is not listed; P4 was
        // treated on 2 March, the day before the listing began.
        assertEquals(List.of("HC1 350.00 A005", "HC2 795.50 A006"), month.handOvers().stream()
                .map(h -> h.hsaId() + " " + h.amount().toPlainString() + " " + h.reference()).toList());
        assertEquals(List.of(
                new RunWarning("F1", "COST_NOT_HANDED_OVER", "Ersatta behandlingar av personer som inte var listade"
                        + " i halsoval på behandlingsdagen: 2; deras kostnad överförs inte till någon enhet."),
                new RunWarning("F2", "COST_NOT_HANDED_OVER", "Ersatta behandlingar av personer som inte var listade"
                        + " i halsoval på behandlingsdagen: 1; deras kostnad överförs inte till någon enhet.")),
                month.warnings());
    }

    @Test
    void theRulebookNamesTheVardvalTheCostGoesTo() {
        var parameters = Fixtures.parameters();
        ((ObjectNode) parameters.get("costHandOver")).put("careChoice", "vardval-x");
        TestInputs inputs = new TestInputs(java.time.YearMonth.of(2025, 3), parameters).unit("F1").resident(P1)
                .referral("R1", P1, LocalDate.of(2025, 3, 1), 2)
                .treatment(P1, "F1", LocalDate.of(2025, 3, 5), "R1", "100")
                .listedInHalsoval(P1, "HC1", LocalDate.of(2010, 1, 1));
        Calculation month = Fixtures.month(inputs);
        assertEquals(List.of(), month.handOvers());
        assertEquals(kr("350.00"), month.lines().getFirst().amount());
        assertEquals("Ersatta behandlingar av personer som inte var listade i vardval-x på behandlingsdagen: 1; deras"
                + " kostnad överförs inte till någon enhet.", month.warnings().getFirst().message());
    }

    @Test
    void theModelsResultCarriesTheHandOversAsFootCareCostsAndTheRejectedTreatments() {
        TestInputs inputs = FeesTest.inputs(true).listedInHalsoval(P1, "HC1", LocalDate.of(2010, 1, 1))
                .treatment(P1, "F2", LocalDate.of(2025, 3, 25), "R99", "0");
        ModelResult result = Fixtures.MODEL.calculate(inputs);
        assertEquals(List.of(new CostHandOver("HC1", YearMonth.of(2025, 3), CostCategory.FOOT_CARE, kr("350.00"),
                "A005")), result.costHandOvers());
        assertEquals(List.of(new RejectedItem("F2", "A010", P1, LocalDate.of(2025, 3, 25), "NO_REFERRAL",
                "remiss R99 är okänd")), result.rejections());
    }
}
