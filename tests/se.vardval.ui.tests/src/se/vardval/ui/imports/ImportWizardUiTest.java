package se.vardval.ui.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import jakarta.inject.Inject;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.FileProblem;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.RunInputChanges;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.PartContexts;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * The import wizard on the demo database: a rejected file's bad rows in a table, an accepted file, and JFace's buttons
 * in Swedish (the fragment se.vardval.jface.nl_sv).
 */
class ImportWizardUiTest {

    @TempDir
    Path directory;

    private Display display;
    private Shell shell;
    private WizardDialog dialog;

    @BeforeEach
    void open() throws Exception {
        display = Displays.require();
        DemoDatabase.ensure();
        shell = new Shell(display);
    }

    @AfterEach
    void close() {
        if (dialog != null) {
            dialog.close();
        }
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aRejectedFileShowsEveryBadRowAndNothingIsImported() throws Exception {
        Files.writeString(directory.resolve("providers.csv"), """
                org_nr;name;ownership
                2321000214;Region Jämtland Härjedalen;REGION_RUN
                5560000000;Wrong check digit;PRIVATE
                5566778899;Norrhälsan AB;SOMETIMES
                """);
        AtomicInteger imported = new AtomicInteger();
        ImportWizard wizard = open(imported);

        choose(directory);
        assertEquals(1, Find.widget(dialog.getShell(), "import.files", Table.class).getItemCount());
        assertEquals("1 kB", Find.widget(dialog.getShell(), "import.files", Table.class).getItem(0).getText(1),
                "a file of some hundred bytes");
        assertFalse(wizard.performFinish(), "the wizard stays open to show the result");

        Table errors = Find.widget(dialog.getShell(), "import.errors", Table.class);
        assertEquals(2, errors.getItemCount(), "both bad rows");
        assertEquals("3", errors.getItem(0).getText(1));
        assertEquals("org_nr", errors.getItem(0).getText(2));
        assertEquals("felaktig kontrollsiffra i organisationsnumret '5560000000'", errors.getItem(0).getText(3));
        assertEquals("4", errors.getItem(1).getText(1));
        assertEquals("ownership", errors.getItem(1).getText(2));
        assertEquals("okänd driftform 'SOMETIMES' (förväntade REGION_RUN, PRIVATE, MUNICIPAL, OTHER)",
                errors.getItem(1).getText(3));
        assertEquals("avvisad, inget importerat; rader med fel: 2",
                Find.widget(dialog.getShell(), "import.results", Table.class).getItem(0).getText(2));
        assertEquals("Filen avvisades: se varför nedan. Inget importerades.",
                wizard.getContainer().getCurrentPage().getMessage());
        assertEquals(1, imported.get());
        Waits.settle(display, Duration.ofMillis(2000));
        Screens.save(dialog.getShell(), "import-rejected");
        assertTrue(wizard.performFinish(), "the second Finish closes");
    }

    @Test
    void thousandsOfBadRowsAreCountedAsTheClientWritesNumbers() throws Exception {
        StringBuilder rows = new StringBuilder("org_nr;name;ownership\n");
        for (int i = 0; i < 1200; i++) {
            rows.append("5560000000;Fel kontrollsiffra ").append(i).append(";PRIVATE\n");
        }
        Files.writeString(directory.resolve("providers.csv"), rows);
        ImportWizard wizard = open(new AtomicInteger());
        choose(directory);

        assertFalse(wizard.performFinish());

        assertEquals("avvisad, inget importerat; rader med fel: " + SwedishFormat.number(BigDecimal.valueOf(1200)),
                Find.widget(dialog.getShell(), "import.results", Table.class).getItem(0).getText(2));
        assertTrue(Find.widget(dialog.getShell(), "import.errorsTitle", Label.class).getText().startsWith(
                "Rader med fel: 1\u00a0200 (1\u00a0200 fel)"), "grouped as the tables group numbers");
    }

    @Test
    void aDirectoryWithAFileTheImportDoesNotKnowIsNotOfferedForImport() throws Exception {
        Files.writeString(directory.resolve("providers.csv"), "org_nr;name;ownership\n");
        Files.writeString(directory.resolve("listning.csv"), "person_id;care_choice;hsa_id;valid_from\n");
        Files.writeString(directory.resolve("notes.txt"), "not a CSV file: the import passes it by\n");
        ImportWizard wizard = open(new AtomicInteger());

        choose(directory);

        assertEquals(1, Find.widget(dialog.getShell(), "import.files", Table.class).getItemCount());
        assertEquals("Filer som importen inte känner: listning.csv. Importen avvisar en katalog med dem; byt namn på"
                + " dem eller flytta dem.", wizard.getContainer().getCurrentPage().getErrorMessage());
        assertFalse(wizard.canFinish());
        Waits.settle(display, Duration.ofMillis(1000));
        Screens.save(dialog.getShell(), "import-unknown-file");
    }

    @Test
    void aDirectoryOffersFilesNamedWithASuffixInTheImportsOrder() throws Exception {
        Files.writeString(directory.resolve("units-2020-03.csv"), "hsa_id;name;org_nr;municipality\n");
        Files.writeString(directory.resolve("providers_2020.csv"), "org_nr;name;ownership\n");
        Files.writeString(directory.resolve("providers.csv"), "org_nr;name;ownership\n");
        ImportWizard wizard = open(new AtomicInteger());

        choose(directory);

        Table files = Find.widget(dialog.getShell(), "import.files", Table.class);
        assertEquals(List.of("providers.csv", "providers_2020.csv", "units-2020-03.csv"),
                List.of(files.getItem(0).getText(0), files.getItem(1).getText(0), files.getItem(2).getText(0)));
        assertTrue(wizard.canFinish());
    }

    @Test
    void eachFileShowsWhenAFileOfItsNameWasLastImportedAndByWhom() throws Exception {
        AuditLog audit = DemoDatabase.service(AuditLog.class);
        audit.record("karin", RunInputChanges.IMPORTED_FILE, "units-2020-03.csv", RunInputChanges.IMPORTED, null,
                "{\"rows\":0}");
        AuditEntry last = audit.entries(RunInputChanges.IMPORTED_FILE, 1).get(0);
        Files.writeString(directory.resolve("units-2020-03.csv"), "hsa_id;name;org_nr;municipality\n");
        Files.writeString(directory.resolve("providers_2020.csv"), "org_nr;name;ownership\n");
        open(new AtomicInteger());

        choose(directory);

        Table files = Find.widget(dialog.getShell(), "import.files", Table.class);
        assertEquals("Senast importerad", files.getColumn(2).getText());
        assertEquals("", files.getItem(0).getText(2), "providers_2020.csv was never imported");
        assertEquals(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(last.at().atZone(ZoneId.systemDefault()))
                + ", karin", files.getItem(1).getText(2));
        Waits.settle(display, Duration.ofMillis(1000));
        Screens.save(dialog.getShell(), "import-last-imported");
    }

    @Test
    void aFileRefusedWholeShowsTheReasonWithoutRowsToCount() throws Exception {
        Files.writeString(directory.resolve("persons.csv"), "person_id;birth_date;sex\n");
        ImportService refusing = new RefusingImports(DemoDatabase.service(ImportService.class));
        ImportWizard wizard = open(refusing, new AtomicInteger());
        choose(directory);

        assertFalse(wizard.performFinish());

        Table errors = Find.widget(dialog.getShell(), "import.errors", Table.class);
        assertEquals(List.of("persons.csv", "", "", RefusingImports.REASON),
                List.of(errors.getItem(0).getText(0), errors.getItem(0).getText(1), errors.getItem(0).getText(2),
                        errors.getItem(0).getText(3)));
        assertEquals("avvisad, inget importerat",
                Find.widget(dialog.getShell(), "import.results", Table.class).getItem(0).getText(2), "no row to count");
        assertEquals("Filen avvisades i sin helhet, av orsaken nedan.",
                Find.widget(dialog.getShell(), "import.errorsTitle", Label.class).getText());
        Waits.settle(display, Duration.ofMillis(2000));
        Screens.save(dialog.getShell(), "import-refused");
    }

    /** The import's file names, and every file refused whole as a database out of disk space refuses it. */
    private record RefusingImports(ImportService real) implements ImportService {

        static final String REASON = "databasen avvisade filen: ERROR: could not extend file: No space left on device";

        @Override
        public List<String> fileNames() {
            return real.fileNames();
        }

        @Override
        public Plan plan(Path path) throws IOException {
            return real.plan(path);
        }

        @Override
        public List<FileResult> importDirectory(Path path, String user, Consumer<Progress> progress) {
            return List.of(importFile(path.resolve("persons.csv"), user, progress));
        }

        @Override
        public FileResult importFile(Path file, String user, Consumer<Progress> progress) {
            String name = file.getFileName().toString();
            return new FileResult(name, 0, List.of(FileProblem.ofFile(name, REASON)));
        }
    }

    @Test
    void aDirectoryThatCannotBeReadSaysWhyAndCannotBeImported() throws Exception {
        ImportWizard wizard = open(new UnreadableImports(DemoDatabase.service(ImportService.class)),
                new AtomicInteger());
        choose(directory);

        assertEquals(directory + " går inte att läsa: åtkomst nekad.", wizard.getPages()[0].getErrorMessage());
        assertFalse(wizard.canFinish());
        Waits.settle(display, Duration.ofMillis(1000));
        Screens.save(dialog.getShell(), "import-unreadable");
    }

    /** The import's file names, and a file system that refuses to list any directory. */
    private record UnreadableImports(ImportService real) implements ImportService {

        @Override
        public List<String> fileNames() {
            return real.fileNames();
        }

        @Override
        public Plan plan(Path path) throws IOException {
            throw new AccessDeniedException(path.toString());
        }

        @Override
        public List<FileResult> importDirectory(Path path, String user, Consumer<Progress> progress) {
            throw new AssertionError("an unreadable directory is not imported");
        }

        @Override
        public FileResult importFile(Path file, String user, Consumer<Progress> progress) {
            throw new AssertionError("an unreadable file is not imported");
        }
    }

    @Test
    void anAcceptedFileReportsItsRows() throws Exception {
        Files.writeString(directory.resolve("providers.csv"), """
                org_nr;name;ownership
                2321000214;Region Jämtland Härjedalen;REGION_RUN
                """);
        ImportWizard wizard = open(new AtomicInteger());
        choose(directory.resolve("providers.csv"));
        wizard.performFinish();

        Table results = Find.widget(dialog.getShell(), "import.results", Table.class);
        assertEquals("1", results.getItem(0).getText(1));
        assertEquals("importerad", results.getItem(0).getText(2));
        assertEquals(0, Find.widget(dialog.getShell(), "import.errors", Table.class).getItemCount());
        Waits.settle(display, Duration.ofMillis(2000));
        Screens.save(dialog.getShell(), "import-accepted");
    }

    @Test
    void theWizardsButtonsSpeakSwedish() throws Exception {
        open(new AtomicInteger());

        List<String> buttons = new ArrayList<>();
        collectButtons(dialog.getShell(), buttons);

        assertTrue(buttons.containsAll(List.of("< &Bakåt", "&Nästa >", "&Slutför", "Avbryt")), buttons.toString());
        Waits.settle(display, Duration.ofMillis(1000));
        Screens.save(dialog.getShell(), "import-start");
    }

    private static void collectButtons(Composite parent, List<String> texts) {
        for (Control child : parent.getChildren()) {
            if (child instanceof Button button) {
                texts.add(button.getText());
            } else if (child instanceof Composite composite) {
                collectButtons(composite, texts);
            }
        }
    }

    /** The client's texts, as parts get them. */
    static final class Texts {

        @Inject
        @Translation
        Messages messages;
    }

    /** Types the path into the wizard's first page, as the user would. */
    private void choose(Path path) {
        Find.widget(dialog.getShell(), "import.path", Text.class).setText(path.toString());
    }

    private ImportWizard open(AtomicInteger imported) throws Exception {
        return open(DemoDatabase.service(ImportService.class), imported);
    }

    private ImportWizard open(ImportService imports, AtomicInteger imported) throws Exception {
        Messages messages = ContextInjectionFactory.make(Texts.class, PartContexts.create(shell, Map.of())).messages;
        ImportWizard wizard = new ImportWizard(messages, imports, DemoDatabase.service(AuditLog.class),
                DemoDatabase.ADMINISTRATOR, imported::incrementAndGet);
        dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        dialog.getShell().setSize(900, 640);
        return wizard;
    }
}
