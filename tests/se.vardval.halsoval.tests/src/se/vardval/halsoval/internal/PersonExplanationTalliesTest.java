package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.vardval.halsoval.internal.Fixtures.pnr;
import static se.vardval.halsoval.internal.Fixtures.set;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;

/**
 * A person's explanation reads the person's own visits, and counts the listing day's tallies its CNI share needs once
 * per version of the listings: later explanations use the count until the listings change, then count anew.
 */
class PersonExplanationTalliesTest {

    private static final String CHILD = pnr(2017, 6, 1, 10);
    private static final String NEWCOMER = pnr(1990, 5, 5, 20);
    private static final String CNI_ROW = "A Vårdtyngd enligt CNI: CNI-faktorer: barn under 5 år = ";

    /** CHILD (under 5) and LISTED_AT_A at A: reference 3.23 / 2, CNI 1 200 kr per index point. */
    private static TestInputs inputs() {
        ObjectNode p = VisitPaymentsTest.rates(true, true);
        set(p, "capitation.krPerPoint", "1200");
        set(p, "cni.krPerIndexPoint", "1200");
        Fixtures.weights(p, "capitation.ageWeights", "1", 5, "2");
        return VisitPaymentsTest.month(p).listed(CHILD, "A", CniFlag.UNDER5);
    }

    private static List<String> rows(HalsovalModel model, TestInputs inputs, String person) {
        Explanation e = model.explain(inputs, new ExplainRequest(null, null, person));
        return e.rows().stream().map(r -> r.get(0) + " " + r.get(1) + ": " + r.get(2) + " = " + r.get(3)).toList();
    }

    @Test
    void laterExplanationsOfTheSameListingsUseTheFirstOnesCount() {
        HalsovalModel model = new HalsovalModel();
        TestInputs inputs = inputs().listingsVersion("import 1");

        List<String> first = rows(model, inputs, CHILD);
        List<String> second = rows(model, inputs, CHILD);
        rows(model, inputs, VisitPaymentsTest.LISTED_AT_A);

        // the child's share 3.23 / (3.23 / 2) × 1 200 / 12
        assertTrue(first.contains(CNI_ROW + "200.0000"), first.toString());
        assertEquals(first, second);
        assertEquals(1, inputs.listingCounts(), "counted by the first explanation only");
    }

    @Test
    void anExplanationAfterAnImportCountsTheNewListings() {
        HalsovalModel model = new HalsovalModel();
        TestInputs inputs = inputs().listingsVersion("import 1");
        rows(model, inputs, CHILD);

        inputs.listed(NEWCOMER, "B").listingsVersion("import 2");
        List<String> after = rows(model, inputs, CHILD);

        // three listed, one flag: reference 3.23 / 3, the child's share 3.23 / (3.23 / 3) × 1 200 / 12
        assertTrue(after.contains(CNI_ROW + "300.0000"), after.toString());
        assertEquals(2, inputs.listingCounts());
    }

    @Test
    void inputsThatCannotTellTheirVersionAreCountedForEachExplanation() {
        HalsovalModel model = new HalsovalModel();
        TestInputs inputs = inputs();
        rows(model, inputs, CHILD);

        inputs.listed(NEWCOMER, "B");
        List<String> after = rows(model, inputs, CHILD);

        assertTrue(after.contains(CNI_ROW + "300.0000"), after.toString());
        assertEquals(2, inputs.listingCounts());
    }

    @Test
    void aPersonsVisitsAreReadWithoutStreamingTheMonth() {
        TestInputs inputs = inputs();

        List<String> rows = rows(new HalsovalModel(), inputs, VisitPaymentsTest.LISTED_AT_A);

        assertTrue(rows.contains("B Besök av listade vid annan enhet: 2020-03-03 fysiskt besök, läkare = 600.0000"),
                rows.toString());
        assertTrue(rows.contains("A Avdrag för listades besök vid annan enhet: 2020-03-04 telefonkontakt,"
                + " sjuksköterska vid B = -300.0000"), rows.toString());
        assertEquals(0, inputs.monthsStreamed());
    }
}
