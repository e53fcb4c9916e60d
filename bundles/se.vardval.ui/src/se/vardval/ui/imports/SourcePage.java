package se.vardval.ui.imports;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.store.ImportService;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/**
 * Chooses a directory of the import's CSV files (the contract's and those plugins contribute), or one file, and lists
 * the files that will be read with their size and when a file of that name was last imported, by whom.
 */
class SourcePage extends WizardPage {

    private final Messages messages;
    private final ImportService imports;
    private final LastImports lastImports;
    private Text path;
    private TableViewer files;
    private ImportSelection selection;

    SourcePage(Messages messages, ImportService imports, LastImports lastImports) {
        super("source", messages.import_title, null);
        this.messages = messages;
        this.imports = imports;
        this.lastImports = lastImports;
        setDescription(messages.import_sourceHint);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
        new Label(area, SWT.NONE).setText(messages.import_path);
        path = new Text(area, SWT.BORDER);
        path.setData(ClientTags.WIDGET_KEY, "import.path");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
        path.addListener(SWT.Modify, e -> choose(path.getText().trim()));
        button(area, messages.import_directory, () -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setFilterPath(path.getText());
            setPath(dialog.open());
        });
        button(area, messages.import_file, () -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv" });
            setPath(dialog.open());
        });
        files = Tables.table(area, "import.files");
        GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 220).applyTo(files.getControl());
        Tables.column(files, Path.class, messages.import_fileName, 300, f -> f.getFileName().toString());
        Tables.numberColumn(files, Path.class, messages.import_size, 140, SourcePage::size);
        Tables.column(files, Path.class, messages.import_lastImported, 220, lastImports::of);
        files.setContentProvider(ArrayContentProvider.getInstance());
        setControl(area);
    }

    private void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    private void setPath(String chosen) {
        if (chosen != null) {
            path.setText(chosen);
        }
    }

    private void choose(String text) {
        selection = null;
        String unreadable = null;
        if (!text.isEmpty() && Files.exists(Path.of(text))) {
            try {
                selection = ImportSelection.of(Path.of(text), imports);
            } catch (IOException e) {
                unreadable = NLS.bind(messages.import_unreadable, text, reason(e));
            }
        }
        files.setInput(selection == null ? new Object[0] : selection.files());
        setErrorMessage(unreadable != null ? unreadable : problem(text));
        setPageComplete(selection != null && selection.importable());
    }

    /** Why a path could not be read, in words rather than as the path the exception names. */
    private String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return messages.import_accessDenied;
        }
        return e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    }

    /** Why the chosen path cannot be imported, or null. */
    private String problem(String text) {
        if (selection != null && !selection.unknown().isEmpty()) {
            return NLS.bind(messages.import_unknownFiles, selection.unknown().stream()
                    .map(f -> f.getFileName().toString()).collect(Collectors.joining(", ")));
        }
        boolean some = selection != null && !selection.files().isEmpty();
        return some || text.isEmpty() ? null : NLS.bind(messages.import_nothing, text);
    }

    /** The file's size in kB, rounded up so that a small file does not read as empty. */
    private static String size(Path file) {
        try {
            return SwedishFormat.number(BigDecimal.valueOf(Math.ceilDiv(Files.size(file), 1024))) + " kB";
        } catch (IOException e) {
            return "";
        }
    }

    /** What to import, once the page is complete. */
    ImportSelection selection() {
        return selection;
    }
}
