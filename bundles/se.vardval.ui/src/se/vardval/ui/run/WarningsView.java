package se.vardval.ui.run;

import java.util.List;
import java.util.Map;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.vardval.core.model.RunWarning;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/** The run's warnings to check before approval: unit, code and message. */
class WarningsView {

    private final TableViewer viewer;
    private Map<String, String> unitNames = Map.of();

    WarningsView(Composite parent, Messages messages) {
        viewer = Tables.table(parent, "run.warnings");
        Tables.column(viewer, RunWarning.class, messages.run_unit, 220,
                w -> w.hsaId() == null ? "–" : unitNames.getOrDefault(w.hsaId(), w.hsaId()));
        Tables.column(viewer, RunWarning.class, messages.run_code, 170, RunWarning::code);
        Tables.column(viewer, RunWarning.class, messages.run_message, 600, RunWarning::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    Control control() {
        return viewer.getControl();
    }

    void show(List<RunWarning> warnings, Map<String, String> names) {
        this.unitNames = names;
        viewer.setInput(warnings);
    }
}
