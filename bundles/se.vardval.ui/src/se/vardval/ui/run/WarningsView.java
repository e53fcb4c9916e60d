package se.vardval.ui.run;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.model.RunWarning;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/**
 * The run's warnings to check before approval: unit, code and message, and below them the selected warning's whole
 * message, wrapped, for the messages the table cuts.
 */
class WarningsView {

    private static final int DETAIL_LINES = 3;

    private final Messages messages;
    private final Composite area;
    private final TableViewer viewer;
    private final Text detail;
    private Map<String, String> unitNames = Map.of();

    WarningsView(Composite parent, Messages messages) {
        this.messages = messages;
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(area);
        viewer = Tables.table(area, "run.warnings");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        Tables.column(viewer, RunWarning.class, messages.run_unit, 220,
                w -> w.hsaId() == null ? "–" : unitNames.getOrDefault(w.hsaId(), w.hsaId()));
        Tables.column(viewer, RunWarning.class, messages.run_code, 170, RunWarning::code);
        Tables.column(viewer, RunWarning.class, messages.run_message, 600, RunWarning::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        detail = new Text(area, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        detail.setData(ClientTags.WIDGET_KEY, "run.warning.detail");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, detail.getLineHeight() * DETAIL_LINES)
                .applyTo(detail);
        viewer.addSelectionChangedListener(e -> showDetail(
                (RunWarning) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        showDetail(null);
    }

    Control control() {
        return area;
    }

    void show(List<RunWarning> warnings, Map<String, String> names) {
        this.unitNames = names;
        viewer.setInput(warnings);
        showDetail(null);
    }

    private void showDetail(RunWarning warning) {
        detail.setText(warning == null ? messages.run_warningHint : warning.message());
    }
}
