package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.annual.RulebookYears;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.testing.DemoDatabase;

/**
 * LPIK indexation of a draft copied from the demo's 2021 draft (capitation 2 540 kr per point, CNI 1 100 kr per index
 * point): 2,3 % gives 2 598,42 → 2 598 and 1 125,3 → 1 125 (whole kronor, half-up), and the tilläggsuppdrag JOUR of
 * 480 000 kr 491 040 kr from 2031; −0,4 % floored at zero changes nothing. The status remarks when the year the rates
 * are raised from is itself a draft.
 */
class IndexationPartUiTest extends ViewHarness {

    private static final int DRAFT = 2031;

    private RulebookStore store;

    @BeforeEach
    void draft() throws Exception {
        store = DemoDatabase.service(RulebookStore.class);
        DemoDatabase.service(RulebookYears.class).draft(HALSOVAL, DRAFT, 2021, true, DemoDatabase.ADMINISTRATOR);
        make(IndexationPart.class);
        choose("index.draft", DRAFT + " (utkast)");
    }

    @Test
    void previewReportsEveryRateBeforeAndAfterAndStoresNothing() throws Exception {
        widget("index.lpik", Text.class).setText("2,3");
        click("index.preview");

        Table report = widget("index.report", Table.class);
        assertRate(report, "capitation.krPerPoint", "2\u00a0540", "2\u00a0598", "58");
        assertRate(report, "cni.krPerIndexPoint", "1\u00a0100", "1\u00a0125", "25");
        assertTrue(report.getItemCount() > 3, "sparsity bands and targets too");
        assertRate(report, "supplementary.JOUR[HV-0008]", "480\u00a0000", "491\u00a0040", "11\u00a0040");
        assertEquals("Förhandsgranskning: LPIK 2,3 %, faktor 1,023 på " + report.getItemCount()
                + " årliga ersättningar i utkastet för 2031; ingenting är sparat ännu. Obs: förfrågningsunderlaget för "
                + baseYear() + ", vars ersättningar räknas upp, är ännu inte beslutat.",
                widget("index.status", Label.class).getText(), "the base year is a draft");
        assertEquals(new BigDecimal("2540"), rate("capitation", "krPerPoint"), "a preview stores nothing");
        save("annual-indexation-preview");
    }

    @Test
    void aDraftIndexedFromADecidedYearHasNoRemark() throws Exception {
        choose("index.draft", "2021 (utkast)");
        widget("index.lpik", Text.class).setText("2,3");
        click("index.preview");

        assertEquals("Förhandsgranskning: LPIK 2,3 %, faktor 1,023 på "
                + widget("index.report", Table.class).getItemCount() + " årliga ersättningar i utkastet för 2021;"
                + " ingenting är sparat ännu.", widget("index.status", Label.class).getText(), "2020 is decided");
        TableItem band = row(widget("index.report", Table.class), "sparsity.bands[0].krPerYear");
        assertEquals(List.of("–", "1\u00a0200\u00a0000", "–",
                "ny i år (förra året saknar motsvarande), inte indexerad"),
                List.of(band.getText(1), band.getText(2), band.getText(3), band.getText(4)),
                "2021's bands by population are new: 2020's were by distance");
        save("annual-indexation-new-rates");
    }

    @Test
    void applyingStoresTheIndexedDraftLeavingTheExcludedRatesAlone() throws Exception {
        widget("index.lpik", Text.class).setText("2,3");
        widget("index.exclude", Text.class).setText("cni");
        click("index.apply");

        TableItem cni = row(widget("index.report", Table.class), "cni.krPerIndexPoint");
        assertEquals("1\u00a0100", cni.getText(2));
        assertEquals("undantagen från indexeringen", cni.getText(4));
        assertEquals(0, new BigDecimal("2598").compareTo(rate("capitation", "krPerPoint")));
        assertEquals(0, new BigDecimal("1100").compareTo(rate("cni", "krPerIndexPoint")));
        assertTrue(widget("index.status", Label.class).getText().startsWith("Indexerat: LPIK 2,3 %"));
        save("annual-indexation-applied");
    }

    @Test
    void aNegativeIndexFlooredAtZeroLeavesEveryRateUnchanged() throws Exception {
        widget("index.lpik", Text.class).setText("-0,4");
        click("index.floor");
        click("index.preview");

        Table report = widget("index.report", Table.class);
        for (TableItem item : report.getItems()) {
            assertEquals(item.getText(1), item.getText(2), item.getText(0));
            assertEquals("oförändrad: negativt index, golv vid noll", item.getText(4));
        }
        assertTrue(widget("index.status", Label.class).getText().contains("(negativt, golv vid noll), faktor 1 "));
        save("annual-indexation-floored");
    }

    @Test
    void aLpikThatIsNoNumberIsSaidSo() {
        widget("index.lpik", Text.class).setText("två");
        click("index.preview");
        assertEquals("'två' är inget tal.", widget("index.status", Label.class).getText());
        assertEquals(0, widget("index.report", Table.class).getItemCount());
    }

    @Test
    void anIndexOfMinusAHundredPerCentIsRefusedInTheStatusLine() {
        widget("index.lpik", Text.class).setText("-100");
        click("index.preview");
        assertEquals("LPIK måste vara över -100 %, inte -100 (skriv indexet i procent, t.ex. 2,3)",
                widget("index.status", Label.class).getText());
        assertEquals(0, widget("index.report", Table.class).getItemCount());
    }

    private static void assertRate(Table report, String path, String before, String after, String difference) {
        TableItem item = row(report, path);
        assertEquals(before, item.getText(1), path);
        assertEquals(after, item.getText(2), path);
        assertEquals(difference, item.getText(3), path);
    }

    /** The latest year before the draft's, whose rates the draft's are raised from. */
    private int baseYear() {
        return store.list(HALSOVAL).stream().mapToInt(Rulebook::year).filter(year -> year < DRAFT).max().orElseThrow();
    }

    private BigDecimal rate(String group, String field) {
        Rulebook draft = store.find(HALSOVAL, DRAFT).orElseThrow();
        return draft.parameters().path(group).path(field).decimalValue();
    }
}
