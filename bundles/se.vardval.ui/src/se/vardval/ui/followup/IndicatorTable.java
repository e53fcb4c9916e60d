package se.vardval.ui.followup;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.TableColumn;

import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;
import se.vardval.followup.Cell;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.ContentColumns;
import se.vardval.ui.parts.Tables;

/**
 * A follow-up report as a table: a row per unit and one for the region, a column per indicator, the values of women,
 * men or everyone; the columns are sized to what they show whenever the report or the sex shown changes.
 */
class IndicatorTable {

    /** A row: a unit, or the region (null unit). */
    private record Row(Unit unit, String name) {
    }

    private static final int MINIMUM_WIDTH = 150;
    private static final int PIXELS_PER_CHARACTER = 9;

    private final Messages messages;
    private final TableViewer viewer;
    private FollowUpReport report;
    private Sex sex;

    IndicatorTable(Composite parent, Messages messages) {
        this.messages = messages;
        viewer = Tables.table(parent, "followup.table");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    TableViewer viewer() {
        return viewer;
    }

    /** The HSA-id of the selected row's unit, or null when the region's row or nothing is selected. */
    String selectedHsaId() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        return selected instanceof Row row && row.unit() != null ? row.unit().hsaId() : null;
    }

    /** The name of the selected row's unit, or the region's. */
    String selectedName() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        return selected instanceof Row row ? row.name() : messages.followUp_region;
    }

    /** Empties the table, leaving only the unit column, when there is no month to show. */
    void clear() {
        report = null;
        unitColumnOnly();
        viewer.setInput(List.of());
    }

    void show(FollowUpReport shown, Sex shownSex) {
        report = shown;
        sex = shownSex;
        unitColumnOnly();
        for (IndicatorDefinition indicator : shown.indicators()) {
            Tables.numberColumn(viewer, Row.class, indicator.name() + " (" + indicator.scale().unit() + ")",
                    Math.max(MINIMUM_WIDTH, indicator.name().length() * PIXELS_PER_CHARACTER),
                    row -> text(row, indicator));
        }
        List<Row> rows = new ArrayList<>();
        shown.units().forEach(u -> rows.add(new Row(u, u.name())));
        rows.add(new Row(null, messages.followUp_region));
        String selected = selectedHsaId();
        viewer.setInput(rows);
        ContentColumns.pack(viewer.getTable());
        rows.stream().filter(r -> r.unit() != null && r.unit().hsaId().equals(selected)).findFirst()
                .or(() -> rows.stream().findFirst())
                .ifPresent(r -> viewer.setSelection(new StructuredSelection(r), true));
    }

    private void unitColumnOnly() {
        for (TableColumn column : viewer.getTable().getColumns()) {
            column.dispose();
        }
        Tables.column(viewer, Row.class, messages.run_unit, 240, Row::name);
    }

    private String text(Row row, IndicatorDefinition indicator) {
        Cell cell = report.cell(row.unit() == null ? null : row.unit().hsaId(), indicator.code(), sex);
        return switch (cell.state()) {
            case SHOWN -> SwedishFormat.fixed(indicator.scale().scale(cell.value()), 1);
            case SUPPRESSED -> messages.followUp_suppressed;
            case MISSING -> "";
        };
    }
}
