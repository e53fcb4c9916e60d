package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.testing.DemoDatabase;

/** Next year's draft and the comparison of two rulebooks, on the demo's Hälsoval 2020 (decided) and 2021 (draft). */
class RulebookYearsPartUiTest extends ViewHarness {

    @Test
    void comparesTheDecidedYearWithTheDraftParameterByParameter() throws Exception {
        make(RulebookYearsPart.class);
        choose("diff.left", "2020 (beslutat)");
        choose("diff.right", "2021 (utkast)");

        Table table = widget("diff.table", Table.class);
        assertEquals("2020", table.getColumn(1).getText());
        assertEquals("2021", table.getColumn(2).getText());
        TableItem capitation = row(table, "parameters.capitation.krPerPoint");
        assertEquals("2\u00a0453", capitation.getText(1));
        assertEquals("2\u00a0540", capitation.getText(2));
        assertEquals("87", capitation.getText(3));
        assertEquals("3,55 %", capitation.getText(4), "87 / 2 453");
        TableItem cni = row(table, "parameters.cni.krPerIndexPoint");
        assertEquals("280", cni.getText(3));
        assertEquals("34,15 %", cni.getText(4), "280 / 820");
        assertEquals("2020", row(table, "year").getText(1));
        assertEquals("beslutat", row(table, "status").getText(1));
        assertEquals("utkast", row(table, "status").getText(2));
        assertTrue(widget("diff.summary", Label.class).getText().contains("parametrar skiljer sig mellan 2020 och 2021"));
        save("annual-rulebook-diff");
    }

    @Test
    void comparesTheTwoProposals() throws Exception {
        make(RulebookYearsPart.class);
        choose("diff.left", "majoritetens förslag 2021");
        choose("diff.right", "oppositionens förslag 2021");
        Table table = widget("diff.table", Table.class);
        assertEquals("majoritetens förslag 2021", table.getColumn(1).getText(), "the proposals by whose they are");
        assertEquals("oppositionens förslag 2021", table.getColumn(2).getText());
        assertTrue(widget("diff.summary", Label.class).getText()
                .contains(" mellan majoritetens förslag 2021 och oppositionens förslag 2021"));
        TableItem capitation = row(table, "parameters.capitation.krPerPoint");
        assertEquals("2\u00a0540", capitation.getText(1));
        assertEquals("2\u00a0502", capitation.getText(2));
        assertEquals("-38", capitation.getText(3));
        save("annual-proposals-diff");
    }

    @Test
    void copiesTheNewestYearIntoNextYearsDraftAndRefusesToOverwriteIt() throws Exception {
        RulebookStore store = DemoDatabase.service(RulebookStore.class);
        make(RulebookYearsPart.class);
        choose("years.from", "2021 (utkast)");
        Text year = widget("years.year", Text.class);
        year.setText("2030");
        click("years.draft");
        Label status = widget("years.draftStatus", Label.class);
        assertEquals("Utkastet för 2030 är en kopia av 2021; öppna det under Förfrågningsunderlag för att redigera det.",
                status.getText());
        assertEquals(RulebookStatus.DRAFT, store.find(HALSOVAL, 2030).orElseThrow().status());
        assertEquals(store.find(HALSOVAL, 2021).orElseThrow().parameters(),
                store.find(HALSOVAL, 2030).orElseThrow().parameters());
        assertTrue(widget("years.from", Combo.class).indexOf("2030 (utkast)") >= 0);

        choose("years.from", "2020 (beslutat)");
        year.setText("2030");
        click("years.draft");
        assertEquals("Det finns redan ett utkast för 2030; kryssa i Ersätt ett befintligt utkast för att börja om "
                + "från 2020.", status.getText());
        assertEquals(display.getSystemColor(SWT.COLOR_RED), status.getForeground());
        assertEquals(store.find(HALSOVAL, 2021).orElseThrow().parameters(),
                store.find(HALSOVAL, 2030).orElseThrow().parameters(), "unchanged");
        save("annual-next-year-refused");

        click("years.replace");
        click("years.draft");
        assertEquals(store.find(HALSOVAL, 2020).orElseThrow().parameters(),
                store.find(HALSOVAL, 2030).orElseThrow().parameters(), "replaced by a copy of 2020");
    }
}
