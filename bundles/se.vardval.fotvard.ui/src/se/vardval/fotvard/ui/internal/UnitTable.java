package se.vardval.fotvard.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import se.vardval.fotvard.ui.internal.TreatmentMonth.UnitTreatments;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;

/**
 * A row per unit with its paid treatments and their amount for each risk group II–IV, its home visits, rejected
 * treatments and total, and a bold row of all units; choosing a row names its unit. An empty last column takes the
 * width left over, so that the total keeps its own.
 */
final class UnitTable {

    private final Table table;
    private final Messages messages;
    private final Font bold;

    UnitTable(Composite parent, Messages messages, Consumer<String> chosen) {
        this.messages = messages;
        table = Tables.itemTable(parent, "treatments.units", chosen);
        bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        column(messages.unit, null, 240, SWT.LEFT);
        for (int group : TreatmentMonth.PAID_GROUPS) {
            String roman = RiskGroups.roman(group);
            column(NLS.bind(messages.count, roman), NLS.bind(messages.countTip, roman), 70, SWT.RIGHT);
            column(NLS.bind(messages.amount, roman), NLS.bind(messages.amountTip, roman), 100, SWT.RIGHT);
        }
        column(messages.homeVisits, null, 80, SWT.RIGHT);
        column(messages.homeAmount, null, 100, SWT.RIGHT);
        column(messages.rejectedCount, null, 80, SWT.RIGHT);
        column(messages.total, null, 110, SWT.RIGHT);
        column("", null, 1, SWT.LEFT);
    }

    /** Shows the units, and their sum when there are any. */
    void show(List<UnitTreatments> units) {
        table.setRedraw(false);
        table.removeAll();
        units.forEach(this::row);
        if (!units.isEmpty()) {
            row(UnitTreatments.sum(messages.allUnits, units)).setFont(bold);
        }
        TableColumn[] columns = table.getColumns();
        for (TableColumn column : Arrays.copyOf(columns, columns.length - 1)) {
            int least = column.getWidth();
            column.pack();
            column.setWidth(Math.max(least, column.getWidth() + 8));
        }
        table.setRedraw(true);
    }

    private void column(String text, String tooltip, int width, int alignment) {
        TableColumn column = new TableColumn(table, alignment);
        column.setText(text);
        column.setToolTipText(tooltip);
        column.setWidth(width);
    }

    private TableItem row(UnitTreatments unit) {
        List<String> cells = new ArrayList<>();
        cells.add(unit.name());
        for (int group : TreatmentMonth.PAID_GROUPS) {
            cells.add(number(unit.paid().getOrDefault(group, 0)));
            cells.add(SwedishFormat.kronor(unit.paidAmount().getOrDefault(group, BigDecimal.ZERO)));
        }
        cells.add(number(unit.homeVisits()));
        cells.add(SwedishFormat.kronor(unit.homeAmount()));
        cells.add(number(unit.rejected()));
        cells.add(SwedishFormat.kronor(unit.total()));
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(cells.toArray(String[]::new));
        return item;
    }

    private static String number(int n) {
        return SwedishFormat.number(BigDecimal.valueOf(n));
    }
}
