package se.vardval.ui.run;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.run.RunSummary.ProviderTotal;
import se.vardval.ui.run.RunSummary.UnitTotal;

/**
 * The run's totals per provider and, below each, per unit, the id and amount columns as wide as what they show and
 * the name taking the width left over; selecting a unit shows its lines.
 */
class TotalsView {

    private final TreeViewer viewer;

    TotalsView(Composite parent, Messages messages, Consumer<UnitTotal> onUnit) {
        viewer = Tables.tree(parent, "run.totals");
        Tables.column(viewer, Object.class, messages.run_name, 240, TotalsView::name);
        Tables.column(viewer, Object.class, messages.run_id, 190, TotalsView::id);
        Tables.numberColumn(viewer, Object.class, messages.run_amount, 140, e -> SwedishFormat.kronor(
                e instanceof ProviderTotal p ? p.total() : ((UnitTotal) e).total()));
        Tables.packColumns(viewer, 0);
        viewer.setContentProvider(new Content());
        viewer.addSelectionChangedListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof UnitTotal unit) {
                onUnit.accept(unit);
            }
        });
    }

    private static String name(Object element) {
        return element instanceof ProviderTotal p ? p.provider().name() : ((UnitTotal) element).unit().name();
    }

    private static String id(Object element) {
        return element instanceof ProviderTotal p ? p.provider().orgNr() : ((UnitTotal) element).unit().hsaId();
    }

    Control control() {
        return viewer.getControl();
    }

    void show(RunSummary summary) {
        viewer.setInput(summary);
        viewer.expandAll();
        Tables.refit(viewer.getTree());
    }

    void select(UnitTotal unit) {
        viewer.setSelection(new StructuredSelection(unit), false);
    }

    /** Providers at the top, their units below. */
    private static final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof RunSummary summary ? summary.providers().toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ProviderTotal p ? p.units().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ProviderTotal;
        }
    }
}
