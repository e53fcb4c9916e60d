package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Year;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Waits;

/**
 * A newly registered vårdval without a rulebook: Rulebooks by year offers its model's defaults and makes the first
 * draft of them, after which the stored year is offered to copy instead.
 */
class FirstRulebookUiTest extends ViewHarness {

    private static final String NEW = "ny-primarvard";

    @Override
    String careChoice() {
        return NEW;
    }

    @Test
    void theFirstDraftIsMadeFromTheModelsDefaults() throws Exception {
        DemoDatabase.service(MasterDataStore.class).saveCareChoice(new CareChoice(NEW, "Ny primärvård", "halsoval"),
                DemoDatabase.ADMINISTRATOR);
        RulebookStore store = DemoDatabase.service(RulebookStore.class);
        List<Object> changed = received(PartIds.DATA_CHANGED);
        make(RulebookYearsPart.class);
        Combo from = widget("years.from", Combo.class);
        assertArrayEquals(new String[] { "modellens standardvärden" }, from.getItems());
        assertEquals(0, from.getSelectionIndex());
        Text year = widget("years.year", Text.class);
        assertEquals(Integer.toString(Year.now().getValue() + 1), year.getText());
        save("annual-first-rulebook-offer");

        year.setText("2027");
        click("years.draft");

        assertEquals("Utkastet för 2027 är skapat från modellens standardvärden; öppna det under Förfrågningsunderlag"
                + " för att redigera det.", widget("years.draftStatus", Label.class).getText());
        Rulebook first = store.find(NEW, 2027).orElseThrow();
        assertEquals(RulebookStatus.DRAFT, first.status());
        assertEquals("halsoval", first.modelType());
        JsonNode defaults = DemoDatabase.service(ModelCatalog.class).model("halsoval").orElseThrow()
                .defaultParameters();
        assertTrue(defaults.equals((a, b) -> a.isNumber() && b.isNumber() ? a.decimalValue().compareTo(
                b.decimalValue()) : a.equals(b) ? 0 : 1, first.parameters()), first.parameters().toString());
        assertArrayEquals(new String[] { "2027 (utkast)" }, from.getItems(), "the stored year is copied next");
        assertEquals("2028", year.getText());
        Waits.until(display, Duration.ofSeconds(5), "the navigator's event", () -> !changed.isEmpty());
        assertEquals(List.of(NEW), changed);
        save("annual-first-rulebook-created");
    }
}
