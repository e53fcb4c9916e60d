package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.MODEL;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.set;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Profession;
import se.vardval.core.model.CodeKind;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.service.UserError;

class ExplainTest {

    private static final String CHILD = pnr(2017, 6, 1, 10);

    /** Capitation 1 200 kr per point (weight 1, 2 for 5–9), CNI by flags, the visit rates of the visit test. */
    private static TestInputs inputs() {
        return inputs(parameters());
    }

    private static TestInputs inputs(ObjectNode p) {
        return VisitPaymentsTest.month(p).listed(CHILD, "A", CniFlag.UNDER5);
    }

    private static ObjectNode parameters() {
        ObjectNode p = VisitPaymentsTest.rates(true, true);
        set(p, "capitation.krPerPoint", "1200");
        set(p, "cni.krPerIndexPoint", "1200");
        Fixtures.weights(p, "capitation.ageWeights", "1", 5, "2");
        return p;
    }

    @Test
    void aComponentOfAUnitShowsBasisRateAmountAndThePersonsBehindIt() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest("A", AgeCapitation.CODE, null));
        assertTrue(e.summary().startsWith("Åldersviktad vårdpeng (AGE_CAPITATION) vid A i 2020-03: underlag 2"
                + " × à-pris 100 = 200,00 kr"
                + " (avrundat en gång från det exakta beloppet). Σ över de listade den 2020-03-01 av vikten för deras"
                + " åldersgrupp × 1 200 kr per poäng och år / 12."), e.summary());
        assertEquals(List.of("Personnummer", "Kön", "Ålder", "Åldersgrupp", "Vikt", "Kr"), e.columns());
        assertEquals(2, e.rows().size());
        assertTrue(e.rows().contains(List.of(CHILD, "F", "2", "0–4", "1", "100.0000")), e.rows().toString());
    }

    @Test
    void visitLinesListTheVisitsBehindThem() {
        Explanation charge = MODEL.explain(inputs(), new ExplainRequest("A", VisitPayments.CHARGE, null));
        assertEquals(2, charge.rows().size(), "the two visits at B of A's listed person");
        assertEquals(List.of("-600", "-300"), charge.rows().stream().map(r -> r.getLast()).toList());
        Explanation outOfCounty = MODEL.explain(inputs(), new ExplainRequest("A", VisitPayments.OUT_OF_COUNTY, null));
        assertEquals(List.of("1400", "700"), outOfCounty.rows().stream().map(r -> r.getLast()).toList());
        assertTrue(outOfCounty.summary().endsWith("; telefonrecept ersätts aldrig; 1 600 kr per läkarbesök och 700 kr"
                + " per besök hos annan yrkesgrupp."), outOfCounty.summary());
        assertTrue(charge.summary().contains("; 600 kr per läkarbesök och 300 kr per besök hos annan yrkesgrupp."),
                charge.summary());
    }

    @Test
    void cniShowsTheIndexByVariable() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest("A", Cni.CODE, null));
        assertEquals(CniFlag.values().length, e.rows().size());
        assertEquals(List.of("UNDER5", "3.23", "1", "3.23"), e.rows().getFirst());
    }

    @Test
    void aUnitWithoutComponentListsItsLines() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest("A", null, null));
        assertEquals(List.of("Åldersviktad vårdpeng (AGE_CAPITATION)", "Vårdtyngd enligt CNI (CNI)",
                "Besök av listade vid annan enhet (VISITS_OTHER_LISTED)", "Utomlänsbesök (VISITS_OUT_OF_COUNTY)",
                "Besök av olistade (VISITS_UNLISTED)", "Avdrag för listades besök vid annan enhet (VISIT_CHARGE)"),
                e.rows().stream().map(List::getFirst).toList());
        assertEquals("A i 2020-03: 2 150,00 kr totalt, summan av enhetens avrundade rader.", e.summary());
    }

    @Test
    void theRunsStoredLinesAreShownAsTheyWerePaid() {
        List<PaymentLine> paid = List.of(
                new PaymentLine("A", AgeCapitation.CODE, new BigDecimal("3"), new BigDecimal("100"),
                        new BigDecimal("300.00")),
                new PaymentLine("A", "DEFICIT_COMPENSATION", BigDecimal.ONE, new BigDecimal("55.5"),
                        new BigDecimal("55.50")),
                new PaymentLine("B", AgeCapitation.CODE, BigDecimal.ONE, new BigDecimal("100"),
                        new BigDecimal("100.00")));

        Explanation unit = MODEL.explain(inputs(), new ExplainRequest("A", null, null, paid, CodeNames.NONE));
        assertEquals("A i 2020-03: 355,50 kr totalt, summan av enhetens avrundade rader.", unit.summary());
        assertEquals(2, unit.rows().size());

        Explanation component = MODEL.explain(inputs(), new ExplainRequest("A", AgeCapitation.CODE, null, paid,
                CodeNames.NONE));
        assertTrue(component.summary().startsWith("Åldersviktad vårdpeng (AGE_CAPITATION) vid A i 2020-03: underlag 3"
                + " × à-pris 100 = 300,00 kr"), component.summary());
        assertEquals(2, component.rows().size(), "the persons behind it, from the month's listings");
    }

    @Test
    void aPersonShowsWhatTheyBroughtEachUnit() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest(null, null, VisitPaymentsTest.LISTED_AT_A));
        List<String> units = e.rows().stream().map(r -> r.get(0) + " " + r.get(1)).toList();
        assertTrue(units.contains("A Åldersviktad vårdpeng"), units.toString());
        assertTrue(units.contains("B Besök av listade vid annan enhet"), units.toString());
        assertTrue(units.contains("A Avdrag för listades besök vid annan enhet"), units.toString());
        // 100 capitation + 0 CNI (no flags) + 600 + 300 at B − 600 − 300 charged to A; own visit and prescription 0
        assertTrue(e.summary().contains(": listad vid A den 2020-03-01; gav totalt 100,00 kr (exakta andelar"),
                e.summary());
        Explanation onlyB = MODEL.explain(inputs(), new ExplainRequest("B", null, VisitPaymentsTest.LISTED_AT_A));
        assertTrue(onlyB.rows().stream().allMatch(r -> r.getFirst().equals("B")));
    }

    @Test
    void aTargetPaymentIsNamedByItsIndicatorsNameWhereTheRegionsDataNamesIt() {
        ObjectNode p = parameters();
        p.putArray("targets").addObject().put("indicator", "CARE_GUARANTEE_3")
                .put("threshold", new BigDecimal("0.85")).put("comparison", "AT_LEAST")
                .put("krPerListedPerYear", new BigDecimal("60"));
        CodeNames codes = (kind, code) -> kind == CodeKind.INDICATOR && code.equals("CARE_GUARANTEE_3")
                ? Optional.of("Medicinsk bedömning inom 3 dagar (3:an)") : Optional.empty();
        List<PaymentLine> paid = List.of(new PaymentLine("A", "TARGET_CARE_GUARANTEE_3", BigDecimal.ONE,
                new BigDecimal("5"), new BigDecimal("5.00")));
        String named = "Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)";

        Explanation person = MODEL.explain(inputs(p),
                new ExplainRequest(null, null, VisitPaymentsTest.LISTED_AT_A, null, codes));
        Explanation unit = MODEL.explain(inputs(p), new ExplainRequest("A", null, null, paid, codes));
        Explanation line = MODEL.explain(inputs(p),
                new ExplainRequest("A", "TARGET_CARE_GUARANTEE_3", null, paid, codes));

        List<String> rows = person.rows().stream().map(r -> r.get(0) + " " + r.get(1) + ": " + r.get(2)).toList();
        assertTrue(rows.contains("A " + named + ": målet inte uppnått"), rows.toString());
        assertEquals(List.of(named + " (TARGET_CARE_GUARANTEE_3)", "1", "5", "5.00"), unit.rows().getFirst());
        assertTrue(line.summary().startsWith(named + " (TARGET_CARE_GUARANTEE_3) vid A i 2020-03: "),
                line.summary());
    }

    @Test
    void aPersonsVisitsAndTargetsAreNamedInSwedish() {
        ObjectNode p = parameters();
        p.putArray("targets").addObject().put("indicator", "CARE_GUARANTEE_3")
                .put("threshold", new BigDecimal("0.85")).put("comparison", "AT_LEAST")
                .put("krPerListedPerYear", new BigDecimal("60"));
        Explanation e = MODEL.explain(inputs(p), new ExplainRequest(null, null, VisitPaymentsTest.LISTED_AT_A));
        List<String> rows = e.rows().stream().map(r -> r.get(0) + " " + r.get(1) + ": " + r.get(2)).toList();
        assertTrue(rows.contains("A Målrelaterad ersättning CARE_GUARANTEE_3: målet inte uppnått"), rows.toString());
        assertTrue(rows.contains("B Besök av listade vid annan enhet: 2020-03-03 fysiskt besök, läkare"),
                rows.toString());
        assertTrue(rows.contains("B Besök av listade vid annan enhet: 2020-03-04 telefonkontakt, sjuksköterska"),
                rows.toString());
        assertTrue(rows.contains("A : 2020-03-02 fysiskt besök, läkare: vid listningsenheten, ingen rörlig"
                + " ersättning"), rows.toString());
        assertTrue(rows.stream().noneMatch(r -> r.contains("PHYSICAL") || r.contains("DOCTOR")), rows.toString());
    }

    @Test
    void aPersonsCniShareIsTheirFlagsOverTheReference() {
        Explanation e = MODEL.explain(inputs(), new ExplainRequest(null, Cni.CODE, CHILD));
        // the only flag among the two listed on 1 March: reference 3.23 / 2; the child's share 3.23 / (3.23/2) × 100
        assertTrue(e.rows().contains(List.of("A", "Vårdtyngd enligt CNI", "CNI-faktorer: barn under 5 år", "200.0000")),
                e.rows().toString());
    }

    @Test
    void anUnknownComponentOrNoUnitIsRefused() {
        assertThrows(UserError.class, () -> MODEL.explain(inputs(), new ExplainRequest("A", "BONUS", null)));
        assertThrows(UserError.class, () -> MODEL.explain(inputs(), new ExplainRequest(null, null, null)));
        Explanation none = MODEL.explain(inputs(), new ExplainRequest("A", "SUPPLEMENTARY_X", null));
        assertTrue(none.summary().startsWith("Tilläggsuppdrag X (SUPPLEMENTARY_X) vid A i 2020-03: ingen rad (0 kr). "),
                none.summary());
    }

    @Test
    void explanationsOfVisitsIgnoreOtherMonths() {
        TestInputs inputs = inputs().visit(CHILD, "B", LocalDate.of(2020, 5, 5), Profession.DOCTOR);
        Explanation e = MODEL.explain(inputs, new ExplainRequest("B", VisitPayments.OTHER_LISTED, null));
        assertEquals(2, e.rows().size());
    }
}
