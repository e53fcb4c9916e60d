package se.vardval.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Unit;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * Persons and listings search on the demo database: the selected vårdval's units, everyone listed at one of them,
 * then the vårdval where one of them is listed (and a person listed nowhere said so); a unit's name that its narrowed
 * column cuts is whole in its tooltip.
 */
class SearchPartUiTest {

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(), 1200, 700);
        view.make(SearchPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void opensOnTheMonthOfTheNewestRun() throws Exception {
        RunStore runs = DemoDatabase.service(RunStore.class);
        YearMonth newest = DemoDatabase.service(MasterDataStore.class).careChoices().stream()
                .flatMap(c -> runs.list(c.id()).stream()).map(PaymentRun::period).max(Comparator.naturalOrder())
                .orElseThrow();

        assertEquals(newest.toString(), view.widget("search.month", Text.class).getText());
        assertEquals(2020, newest.getYear(), "the demo region's year, not the calendar's");
    }

    @Test
    void offersTheSelectedVardvalsContractedUnits() throws Exception {
        MasterDataStore masterData = DemoDatabase.service(MasterDataStore.class);
        Combo careChoice = view.widget("search.careChoice", Combo.class);
        Combo unit = view.widget("search.unit", Combo.class);
        List<CareChoice> careChoices = masterData.careChoices();
        for (int i = careChoices.size() - 1; i >= 0; i--) {
            careChoice.select(i);
            careChoice.notifyListeners(SWT.Selection, new Event());
            assertEquals(contractedUnits(masterData, careChoices.get(i).id()), List.of(unit.getItems()),
                    careChoices.get(i).name());
            assertEquals(unit.getItemCount() > 0 ? 0 : -1, unit.getSelectionIndex(), "the first unit selected");
        }
        assertFalse(unit.getText().isEmpty(), "the first vårdval has a contracted unit");
        view.save("search-units-of-vardval");
    }

    @Test
    void saysWhenAPersonIsListedNowhere() throws Exception {
        view.widget("search.month", Text.class).setText("2020-03");
        view.widget("search.person", Text.class).setText("19121212-1212");
        Label status = view.widget("search.status", Label.class);
        click("search.findPerson");
        Waits.until(view.display(), Duration.ofMinutes(1), "the answer", () -> status.getText().contains("listad"));
        assertEquals("19121212-1212 är inte listad i något vårdval på listningsdagen i mars 2020", status.getText());
        assertEquals(0, view.widget("search.results", Table.class).getItemCount());
    }

    @Test
    void listsAUnitsPersonsAndFindsOneOfThem() throws Exception {
        Table results = listFirstUnitWithListedPersons();
        Combo unit = view.widget("search.unit", Combo.class);
        Label status = view.widget("search.status", Label.class);
        assertTrue(results.getItemCount() > 0, "someone is listed at " + unit.getText());
        assertEquals(results.getItemCount() == 1 ? "1 träff"
                : SwedishFormat.number(BigDecimal.valueOf(results.getItemCount())) + " träffar", status.getText());
        String personId = results.getItem(0).getText(0);
        assertTrue(personId.matches("\\d{8}-\\d{4}"), personId);
        String[] listing = { results.getItem(0).getText(6), results.getItem(0).getText(7),
            results.getItem(0).getText(8) };
        assertTrue(listing[0].matches("\\d{4}-\\d{2}-\\d{2}"), "valid from " + listing[0]);
        view.save("search-unit");

        view.widget("search.person", Text.class).setText(personId);
        status.setText("");
        click("search.findPerson");
        Waits.until(view.display(), Duration.ofMinutes(1), "the person", () -> status.getText().contains("träff"));
        assertEquals(status.getText(), results.getItemCount() == 1 ? "1 träff" : results.getItemCount() + " träffar");
        for (int i = 0; i < results.getItemCount(); i++) {
            assertFalse(results.getItem(i).getText(5).isEmpty(), "only the vårdval that list the person");
        }
        assertEquals("Hälsoval", results.getItem(0).getText(4), "Hälsoval's first");
        assertEquals(personId, results.getItem(0).getText(0));
        assertEquals(unit.getText(), results.getItem(0).getText(5), "listed at the unit");
        assertEquals(listing[0], results.getItem(0).getText(6), "valid from, as in the unit's list");
        assertEquals(listing[1], results.getItem(0).getText(7), "valid to, as in the unit's list");
        assertEquals(listing[2], results.getItem(0).getText(8), "assigned, as in the unit's list");
        view.save("search-person");
    }

    @Test
    void aUnitsNameItsColumnCutsIsWholeInItsTooltipAndATextThatFitsHasNone() throws Exception {
        view.shell().setSize(800, 500);
        Table results = listFirstUnitWithListedPersons();
        Combo unit = view.widget("search.unit", Combo.class);
        assertEquals(unit.getText(), results.getItem(0).getText(5));
        results.getColumn(5).setWidth(TableFit.textWidth(results, unit.getText()) / 2);
        Waits.settle(view.display(), Duration.ofMillis(300));

        assertEquals(unit.getText(), TableFit.tooltip(results, 0, 5), "cut in " + results.getColumn(5).getWidth());
        assertNull(TableFit.tooltip(results, 0, 0), "a personnummer that fits has none");
        assertNull(TableFit.tooltip(results, 0, 4), "a vårdval that fits has none");
        view.save("search-unit-cut");
    }

    /** Lists the persons listed in March 2020 at the first of Hälsoval's units that has any. */
    private Table listFirstUnitWithListedPersons() throws InterruptedException {
        view.widget("search.month", Text.class).setText("2020-03");
        selectCareChoice(DemoDatabase.CARE_CHOICE);
        Combo unit = view.widget("search.unit", Combo.class);
        Table results = view.widget("search.results", Table.class);
        Label status = view.widget("search.status", Label.class);
        for (int i = 0; i < unit.getItemCount() && results.getItemCount() == 0; i++) {
            unit.select(i);
            click("search.findUnit");
            Waits.until(view.display(), Duration.ofMinutes(1), "the listed persons",
                    () -> status.getText().contains("träff"));
        }
        return results;
    }

    private void selectCareChoice(String id) throws InterruptedException {
        List<CareChoice> careChoices = DemoDatabase.service(MasterDataStore.class).careChoices();
        Combo careChoice = view.widget("search.careChoice", Combo.class);
        careChoice.select(careChoices.stream().map(CareChoice::id).toList().indexOf(id));
        careChoice.notifyListeners(SWT.Selection, new Event());
    }

    private static List<String> contractedUnits(MasterDataStore masterData, String careChoice) {
        Set<String> contracted = masterData.contracts(careChoice).stream().map(Contract::hsaId)
                .collect(Collectors.toSet());
        return masterData.units().stream().filter(u -> contracted.contains(u.hsaId())).map(Unit::name)
                .sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
