package se.vardval.ui.imports;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;

import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ImportService;
import se.vardval.ui.i18n.Messages;

/**
 * Imports the spec's CSV files: the first Finish reads them with progress and cancel in the wizard and shows, per
 * file, its rows or its rejection with every bad row in a table; the second Finish closes the wizard.
 */
public class ImportWizard extends Wizard {

    private final Messages messages;
    private final ImportService imports;
    private final AuditLog audit;
    private final String user;
    private final Runnable imported;
    private SourcePage source;
    private ResultPage result;
    private boolean done;

    /**
     * A wizard importing as {@code user} that shows when each file was last imported ({@code audit} may be null);
     * {@code imported} runs after files were read.
     */
    public ImportWizard(Messages messages, ImportService imports, AuditLog audit, String user, Runnable imported) {
        this.messages = messages;
        this.imports = imports;
        this.audit = audit;
        this.user = user;
        this.imported = imported;
        setWindowTitle(messages.import_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        source = new SourcePage(messages, imports, LastImports.read(audit));
        result = new ResultPage(messages);
        addPage(source);
        addPage(result);
    }

    /** Creates the result page only when it is shown (its tables then paint at once, also without a window manager). */
    @Override
    public void createPageControls(Composite pageContainer) {
        source.createControl(pageContainer);
    }

    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        return null;
    }

    @Override
    public IWizardPage getPreviousPage(IWizardPage page) {
        return null;
    }

    @Override
    public boolean canFinish() {
        return done || source.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        if (done) {
            return true;
        }
        ImportRun run = new ImportRun(imports, source.selection(), user);
        try {
            getContainer().run(true, true, run);
        } catch (InvocationTargetException e) {
            source.setErrorMessage(e.getCause().getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        done = true;
        imported.run();
        getContainer().showPage(result);
        result.show(run.results(), run.cancelled());
        getContainer().updateButtons();
        // GTK sizes the cells of the page's tables only when the window is sized again: grow it by a pixel
        Point size = getShell().getSize();
        getShell().setSize(size.x, size.y + 1);
        return false;
    }
}
