package se.vardval.ui.rulebook;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import se.vardval.ui.i18n.Messages;

/** Asks which table parameter to replace and from which CSV file. */
class TableImportDialog extends Dialog {

    private final Messages messages;
    private final List<String> tables;
    private Combo table;
    private Text file;
    private String chosenTable;
    private Path chosenFile;

    TableImportDialog(Shell shell, Messages messages, List<String> tables) {
        super(shell);
        this.messages = messages;
        this.tables = tables;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.rulebook_importTitle);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(area);
        Label prompt = new Label(area, SWT.WRAP);
        prompt.setText(messages.rulebook_importPrompt);
        GridDataFactory.fillDefaults().span(3, 1).hint(520, SWT.DEFAULT).applyTo(prompt);
        new Label(area, SWT.NONE).setText(messages.rulebook_path);
        table = new Combo(area, SWT.READ_ONLY);
        table.setItems(tables.toArray(String[]::new));
        table.select(0);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(table);
        new Label(area, SWT.NONE).setText(messages.rulebook_importFile);
        file = new Text(area, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
        Button browse = new Button(area, SWT.PUSH);
        browse.setText(messages.rulebook_importBrowse);
        browse.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.csv", "*" });
            String chosen = dialog.open();
            if (chosen != null) {
                file.setText(chosen);
            }
        });
        return area;
    }

    @Override
    protected void okPressed() {
        if (table.getSelectionIndex() < 0 || file.getText().isBlank()) {
            return;
        }
        chosenTable = table.getItem(table.getSelectionIndex());
        chosenFile = Path.of(file.getText().trim());
        super.okPressed();
    }

    String chosenTable() {
        return chosenTable;
    }

    Path chosenFile() {
        return chosenFile;
    }
}
