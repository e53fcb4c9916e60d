package se.vardval.ui.imports;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.vardval.core.store.FileProblem;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/** The outcome of an import: each file with its rows or rejection, and every bad row of a rejected file. */
class ResultPage extends WizardPage {

    private final Messages messages;
    private TableViewer files;
    private TableViewer errors;
    private Label errorsTitle;

    ResultPage(Messages messages) {
        super("result", messages.import_title, null);
        this.messages = messages;
    }

    @Override
    public void createControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(area);
        files = Tables.table(area, "import.results");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 150).applyTo(files.getControl());
        Tables.column(files, FileResult.class, messages.import_fileName, 220, FileResult::file);
        Tables.numberColumn(files, FileResult.class, messages.import_rows, 120,
                r -> r.accepted() ? SwedishFormat.number(BigDecimal.valueOf(r.rows())) : "");
        Tables.column(files, FileResult.class, messages.import_outcome, 300, this::outcome);
        files.setContentProvider(ArrayContentProvider.getInstance());
        errorsTitle = new Label(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(errorsTitle);
        errors = Tables.table(area, "import.errors");
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(errors.getControl());
        Tables.column(errors, FileProblem.class, messages.import_fileName, 150, FileProblem::file);
        Tables.numberColumn(errors, FileProblem.class, messages.import_line, 70,
                p -> p.atLine() ? Long.toString(p.line()) : "");
        Tables.column(errors, FileProblem.class, messages.import_column, 140,
                p -> p.atLine() ? p.column() : "");
        Tables.column(errors, FileProblem.class, messages.import_reason, 420, FileProblem::reason);
        errors.setContentProvider(ArrayContentProvider.getInstance());
        setControl(area);
    }

    private String outcome(FileResult result) {
        if (result.accepted()) {
            return messages.import_accepted;
        }
        return result.badRows() == 0 ? messages.import_refused
                : NLS.bind(messages.import_rejected, count(result.badRows()));
    }

    /** Shows the files' outcomes; a rejected file's bad rows fill the error table. */
    void show(List<FileResult> results, boolean cancelled) {
        files.setInput(results);
        List<FileProblem> rows = results.stream().flatMap(r -> r.errors().stream()).toList();
        errors.setInput(rows);
        long badRows = results.stream().mapToLong(FileResult::badRows).sum();
        errorsTitle.setText(rows.isEmpty() ? "" : badRows == 0 ? messages.import_refusedTitle
                : NLS.bind(messages.import_errorsTitle, count(badRows), count(rows.size())));
        errorsTitle.setData(ClientTags.WIDGET_KEY, "import.errorsTitle");
        boolean rejected = results.stream().anyMatch(r -> !r.accepted());
        if (cancelled) {
            setMessage(messages.import_cancelled, WARNING);
        } else if (rejected) {
            setMessage(results.getFirst().accepted() ? messages.import_someRejected : messages.import_firstRejected,
                    ERROR);
        } else {
            setMessage(messages.import_allAccepted, INFORMATION);
        }
        errorsTitle.getParent().layout();
    }

    /** A count as the client writes numbers, e.g. {@code 129 768}. */
    private static String count(long n) {
        return SwedishFormat.number(BigDecimal.valueOf(n));
    }
}
