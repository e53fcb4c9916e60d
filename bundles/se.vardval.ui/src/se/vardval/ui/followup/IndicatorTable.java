package se.vardval.ui.followup;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import se.vardval.core.domain.Unit;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/** A follow-up report as a table: a row per unit and one for the region, a column per indicator. */
class IndicatorTable {

    /** A row: a unit, or the region (null unit). */
    private record Row(Unit unit, String name) {
    }

    private final Messages messages;
    private final TableViewer viewer;
    private FollowUpReport report;

    IndicatorTable(Composite parent, Messages messages) {
        this.messages = messages;
        viewer = Tables.table(parent, "followup.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    void show(FollowUpReport shown) {
        report = shown;
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.dispose();
        }
        Tables.column(viewer, Row.class, messages.run_unit, 240, Row::name);
        for (IndicatorDefinition indicator : shown.indicators()) {
            Tables.numberColumn(viewer, Row.class, indicator.name() + " (" + indicator.scale().unit() + ")", 150,
                    row -> text(row, indicator));
        }
        List<Row> rows = new ArrayList<>();
        shown.units().forEach(u -> rows.add(new Row(u, u.name())));
        rows.add(new Row(null, messages.followUp_region));
        viewer.setInput(rows);
    }

    private String text(Row row, IndicatorDefinition indicator) {
        Cell cell = report.cell(row.unit() == null ? null : row.unit().hsaId(), indicator.code(), null);
        return switch (cell.state()) {
            case SHOWN -> SwedishFormat.fixed(indicator.scale().scale(cell.value()), 1);
            case SUPPRESSED -> messages.followUp_suppressed;
            case MISSING -> "";
        };
    }
}
