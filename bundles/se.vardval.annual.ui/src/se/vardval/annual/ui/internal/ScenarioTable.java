package se.vardval.annual.ui.internal;

import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;

/**
 * A scenario side by side: a row per unit (expanding into its components) with each rulebook's amount and, for every
 * rulebook after the first, the difference against the first in kr and in per cent; the amounts as wide as they are
 * and whole beside the vertical scrollbar, the unit column taking the width left over and never narrower than its
 * names.
 */
final class ScenarioTable {

    private final Messages messages;
    private final TreeViewer viewer;
    private final RulebookNames rulebookNames;
    private UnaryOperator<String> componentNames = UnaryOperator.identity();

    ScenarioTable(Composite parent, Messages messages) {
        this.messages = messages;
        rulebookNames = new RulebookNames(messages);
        viewer = Tables.tree(parent, "scenario.table");
        viewer.setContentProvider(new Content());
        Tree tree = viewer.getTree();
        tree.addListener(SWT.Expand, e -> Tables.refit(tree));
        tree.addListener(SWT.Collapse, e -> Tables.refit(tree));
    }

    TreeViewer viewer() {
        return viewer;
    }

    /** Shows the comparison, units at the top and their components below them by the names their model gives them. */
    void show(ScenarioComparison comparison, UnaryOperator<String> componentNames) {
        this.componentNames = componentNames;
        viewer.getTree().setRedraw(false);
        try {
            for (TreeColumn column : viewer.getTree().getColumns()) {
                column.dispose();
            }
            Tables.column(viewer, Object.class, messages.unitOrComponent, 260, this::name);
            List<String> names = comparison.names().stream().map(rulebookNames::of).toList();
            for (int i = 0; i < names.size(); i++) {
                int n = i;
                Tables.numberColumn(viewer, Object.class, names.get(i), 150,
                        o -> SwedishFormat.kronor(row(o).amounts().get(n)));
                if (i > 0) {
                    Tables.numberColumn(viewer, Object.class, NLS.bind(messages.differenceKr, names.get(i)), 220,
                            o -> SwedishFormat.kronor(row(o).difference(n)));
                    Tables.numberColumn(viewer, Object.class, messages.percent, 70, o -> percent(row(o), n));
                }
            }
            Tables.packColumnsKeepingFillWhole(viewer, 0);
            viewer.setInput(ScenarioUnit.of(comparison));
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    private static ScenarioRow row(Object element) {
        return element instanceof ScenarioUnit unit ? unit.total() : (ScenarioRow) element;
    }

    private String name(Object element) {
        if (element instanceof ScenarioUnit unit) {
            return unit.allUnits() ? messages.allUnits : unit.total().unitName();
        }
        return componentNames.apply(((ScenarioRow) element).component());
    }

    private static String percent(ScenarioRow row, int i) {
        return row.percent(i) == null ? "" : SwedishFormat.fixed(row.percent(i), 2) + " %";
    }

    /** Units at the top, their components below them. */
    private static final class Content implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof ScenarioUnit unit ? unit.components().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof ScenarioUnit unit && !unit.components().isEmpty();
        }
    }
}
