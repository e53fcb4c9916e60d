package se.vardval.ui.run;

import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.vardval.core.model.PaymentLine;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.run.RunSummary.UnitTotal;

/**
 * The drill-down of one unit: each component by its name with its basis, rate, amount and code, each column as wide as
 * what it shows; the name takes the width left over, or where that would cut it (a target payment's indicator) is as
 * wide as it is up to two thirds of the table while the amounts stay whole beside the scrollbar, the code then reached
 * by scrolling sideways and a name still cut whole in its tooltip. Double-click explains a line.
 */
class LinesView {

    private final Messages messages;
    private final Composite area;
    private final Label title;
    private final TableViewer viewer;
    private UnaryOperator<String> componentNames = UnaryOperator.identity();

    LinesView(Composite parent, Messages messages, Consumer<PaymentLine> onExplain) {
        this.messages = messages;
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(area);
        title = new Label(area, SWT.NONE);
        title.setData(ClientTags.WIDGET_KEY, "run.lines.title");
        title.setText(messages.run_linesHint);
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 2).applyTo(title);
        viewer = Tables.scrollingTable(area, "run.lines");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        Tables.column(viewer, PaymentLine.class, messages.run_component, 280,
                l -> componentNames.apply(l.component()));
        Tables.numberColumn(viewer, PaymentLine.class, messages.run_basis, 120, l -> SwedishFormat.number(l.basis()));
        Tables.numberColumn(viewer, PaymentLine.class, messages.run_rate, 110, l -> SwedishFormat.rate(l.rate()));
        Tables.numberColumn(viewer, PaymentLine.class, messages.run_amount, 130,
                l -> SwedishFormat.kronor(l.amount()));
        Tables.column(viewer, PaymentLine.class, messages.run_code, 120, PaymentLine::component);
        Tables.packColumns(viewer, 0);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> onExplain
                .accept((PaymentLine) ((IStructuredSelection) e.getSelection()).getFirstElement()));
    }

    Composite control() {
        return area;
    }

    /** Shows the unit's lines (none for null), each component by the name its model gives it. */
    void show(UnitTotal unit, UnaryOperator<String> names) {
        componentNames = names;
        title.setText(unit == null ? messages.run_linesHint
                : NLS.bind(messages.run_linesOf, unit.unit().name(), SwedishFormat.kronor(unit.total())));
        viewer.setInput(unit == null ? new Object[0] : unit.lines());
        Tables.refit(viewer.getTable());
        area.layout();
    }
}
