package se.vardval.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Unit;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Waits;

/**
 * The audit log on the demo database (its loading and runs are audited): filtered by entity type, by a unit's HSA-id
 * and by period, a change's states before and after, and the shown changes exported as CSV and xlsx.
 */
class AuditLogPartUiTest {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{8}-?[0-9]{4}(?![0-9])");

    @TempDir
    Path work;

    private PartShell view;
    private AuditLogPart part;
    private Table entries;
    private Label status;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", Map.of(), 1240, 720);
        part = view.make(AuditLogPart.class);
        entries = view.widget("audit.entries", Table.class);
        status = view.widget("audit.status", Label.class);
        waitForEntries();
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void filtersByEntityTextAndPeriodAndShowsTheStates() throws Exception {
        assertTrue(entries.getItemCount() > 0, status.getText());
        Combo entity = view.widget("audit.entity", Combo.class);
        entity.select(Arrays.asList(entity.getItems()).indexOf("Utbetalning"));
        show();
        assertTrue(entries.getItemCount() >= 2, "the demo's two runs");
        assertTrue(Arrays.stream(entries.getItems()).allMatch(i -> i.getText(2).equals("Utbetalning")));
        assertTrue(Arrays.stream(entries.getItems()).anyMatch(i -> i.getText(4).equals("Skapad")));

        entity.select(0);
        Unit unit = DemoDatabase.service(MasterDataStore.class).units().getFirst();
        view.widget("audit.text", Text.class).setText(unit.hsaId());
        show();
        assertTrue(entries.getItemCount() > 0, status.getText());
        for (TableItem item : entries.getItems()) {
            AuditRow row = new AuditRow(item);
            assertTrue(row.key().contains(unit.hsaId()) || row.after().contains(unit.hsaId()), row.toString());
        }
        entries.select(0);
        entries.notifyListeners(SWT.Selection, new Event());
        Waits.until(view.display(), Duration.ofSeconds(10), "the states",
                () -> !view.widget("audit.after", Text.class).getText().isEmpty());
        assertTrue(view.widget("audit.after", Text.class).getText().contains(unit.hsaId()));
        assertTrue(view.widget("audit.changes", Text.class).getText().contains(unit.hsaId()),
                "what the change set, field by field");
        view.save("audit-log");

        view.widget("audit.from", Text.class).setText(LocalDate.now().plusDays(1).toString());
        show();
        assertEquals(0, entries.getItemCount(), "nothing changed tomorrow");
        view.widget("audit.from", Text.class).setText("tomorrow");
        click("audit.show");
        assertEquals("Skriv datum som ÅÅÅÅ-MM-DD.", status.getText());
    }

    @Test
    void exportsTheShownChangesWithoutPersonnummer() throws Exception {
        int shown = entries.getItemCount();
        Path csv = work.resolve("audit.csv");
        Path xlsx = work.resolve("audit.xlsx");
        part.exportTo(csv);
        part.exportTo(xlsx);
        assertTrue(status.getText().contains("personnummer maskerade"), status.getText());
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("at;user;entity;entity_key;action;before;after", lines.getFirst());
        assertTrue(lines.size() > shown, "a header and at least a line per change");
        Matcher numbers = TWELVE_DIGITS.matcher(Files.readString(csv, StandardCharsets.UTF_8));
        while (numbers.find()) {
            assertFalse(PersonId.isValid(numbers.group()), numbers.group());
        }
        assertTrue(Files.size(xlsx) > 0);
    }

    private void show() {
        status.setText("");
        click("audit.show");
        waitForEntries();
    }

    private void waitForEntries() {
        Waits.until(view.display(), Duration.ofMinutes(1), "the audit entries",
                () -> status.getText().contains("ändringar"));
        Waits.settle(view.display(), Duration.ofMillis(200));
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }

    /** The texts of a row: time, user, entity, key, action, after. */
    private record AuditRow(String key, String after) {
        AuditRow(TableItem item) {
            this(item.getText(3), item.getText(5));
        }
    }
}
