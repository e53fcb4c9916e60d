package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.annual.Scenarios;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RulebookService;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Waits;

/**
 * A rulebook JSON file added to the scenarios beside the plugins' proposals: named after the file, run against the
 * majority's proposal, and offered again when the view is opened anew; a file of another vårdval or one the model
 * rejects is not added.
 */
class ScenarioFileUiTest extends ViewHarness {

    private static final String MAJORITY = "halsoval-2021-majority";
    private static final String MAJORITY_SHOWN = "majoritetens förslag 2021";
    private static final String FILE = "hojd-vardpeng.json";

    @TempDir
    Path dir;

    private RulebookService rulebooks;
    private Rulebook majority;

    @BeforeEach
    void proposal() throws InterruptedException {
        rulebooks = DemoDatabase.service(RulebookService.class);
        majority = DemoDatabase.service(Scenarios.class).proposals(HALSOVAL).get(MAJORITY);
    }

    @Test
    void aFileRunsBesideAProposalAndIsOfferedAgain() throws Exception {
        ScenarioPart part = make(ScenarioPart.class);
        int krPerPoint = majority.parameters().path("capitation").path("krPerPoint").intValue();
        Path file = write(FILE, majorityWith(HALSOVAL, krPerPoint + 100));

        part.addFile(file);

        assertEquals("Lade till hojd-vardpeng.json bland förfrågningsunderlagen.", status().getText());
        Table candidates = widget("scenario.rulebooks", Table.class);
        assertEquals("hojd-vardpeng.json (fil, för 2021)", candidates.getItem(0).getText());
        assertTrue(candidates.getItem(0).getChecked());
        for (TableItem item : candidates.getItems()) {
            item.setChecked(item.getText().startsWith(FILE) || item.getText().equals(MAJORITY_SHOWN));
        }
        click("scenario.start");
        Waits.until(display, Duration.ofMinutes(2), "the scenario", () -> status().getText().contains(
                "ingen utbetalning") || status().getForeground().equals(display.getSystemColor(SWT.COLOR_RED)));

        Tree tree = widget("scenario.table", Tree.class);
        assertEquals(List.of("Enhet / komponent", FILE, MAJORITY_SHOWN, "Skillnad " + MAJORITY_SHOWN, "%", ""),
                Arrays.stream(tree.getColumns()).map(c -> c.getText()).toList(), status().getText());
        TreeItem all = tree.getItems()[tree.getItemCount() - 1];
        assertEquals("Alla enheter", all.getText(0));
        assertTrue(amount(all, 1).compareTo(amount(all, 2)) > 0, "100 kr more per point pays more in all");
        for (TreeItem unit : tree.getItems()) {
            assertTrue(amount(unit, 1).compareTo(amount(unit, 2)) >= 0, unit.getText(0));
        }
        save("annual-scenario-file");

        String remembered = part().getPersistedState().get(ScenarioFiles.KEY);
        assertEquals(file.toAbsolutePath().toString(), remembered);
        try (PartShell again = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, HALSOVAL, ScenarioFiles.KEY,
                remembered), 1280, 800)) {
            again.make(ScenarioPart.class);
            assertEquals("hojd-vardpeng.json (fil, för 2021)", again.widget("scenario.rulebooks", Table.class)
                    .getItem(0).getText(), "offered again when the view is opened anew");
        }
    }

    @Test
    void aFileOfAnotherVardvalOrOneTheModelRejectsIsNotAdded() throws Exception {
        ScenarioPart part = make(ScenarioPart.class);
        int rows = widget("scenario.rulebooks", Table.class).getItemCount();

        part.addFile(write("fotvard.json", majorityWith("fotvard", 2600)));
        assertEquals("Inte tillagt: fotvard.json: förfrågningsunderlaget gäller fotvard, inte halsoval",
                status().getText());
        assertEquals(display.getSystemColor(SWT.COLOR_RED), status().getForeground());
        part.addFile(write("negativ.json", majorityWith(HALSOVAL, -5)));
        assertEquals("Inte tillagt: negativ.json: modellen godtar det inte: capitation.krPerPoint: får inte vara"
                + " negativt (-5)", status().getText());
        part.addFile(dir.resolve("saknas.json"));
        assertEquals("Inte tillagt: saknas.json: filen kunde inte läsas", status().getText());
        save("annual-scenario-file-refused");

        assertEquals(rows, widget("scenario.rulebooks", Table.class).getItemCount(), "nothing added");
        assertTrue(part().getPersistedState().getOrDefault(ScenarioFiles.KEY, "").isBlank(), "nothing remembered");
    }

    /** The majority's proposal of the vårdval with its capitation rate set. */
    private Rulebook majorityWith(String careChoice, int krPerPoint) {
        ObjectNode parameters = (ObjectNode) majority.parameters().deepCopy();
        ((ObjectNode) parameters.path("capitation")).set("krPerPoint", IntNode.valueOf(krPerPoint));
        return new Rulebook(careChoice, majority.modelType(), majority.year(), RulebookStatus.DRAFT, null,
                parameters);
    }

    private Path write(String name, Rulebook rulebook) throws Exception {
        return Files.writeString(dir.resolve(name), rulebooks.toJson(rulebook), StandardCharsets.UTF_8);
    }

    private Label status() {
        return widget("scenario.status", Label.class);
    }

    private static BigDecimal amount(TreeItem item, int column) {
        return SwedishFormat.parse(item.getText(column));
    }
}
