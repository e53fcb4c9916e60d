package se.vardval.tandvard.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
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

import se.vardval.tandvard.ListedChildren;
import se.vardval.tandvard.ListedChildren.Clinic;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.ContentColumns;
import se.vardval.ui.parts.Tables;

/**
 * A row per clinic with its children in each age group × care-need group (the columns follow the year's rulebook),
 * those outside the age limits and all listed, and a bold row of all clinics, each column as wide as what it shows;
 * choosing a row names its clinic.
 */
final class ChildrenTable {

    private final Table table;
    private final Messages messages;
    private final Font bold;

    ChildrenTable(Composite parent, Messages messages, Consumer<String> chosen) {
        this.messages = messages;
        table = Tables.itemTable(parent, "children.table", chosen);
        bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
    }

    void show(ListedChildren children, List<Clinic> clinics) {
        table.setRedraw(false);
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        column(messages.clinic, null, 220, SWT.LEFT);
        for (String group : children.ageGroups()) {
            for (int need = 1; need <= children.careNeedGroups(); need++) {
                column(group + " \u00b7 " + need, NLS.bind(messages.cell, group, need), 56, SWT.RIGHT);
            }
        }
        column(messages.outsideColumn, messages.outside, 90, SWT.RIGHT);
        column(messages.listed, null, 70, SWT.RIGHT);
        clinics.forEach(c -> row(children, c.name(), List.of(c)));
        row(children, messages.allClinics, clinics).setFont(bold);
        table.setRedraw(true);
        ContentColumns.pack(table);
    }

    private void column(String text, String tooltip, int width, int alignment) {
        TableColumn column = new TableColumn(table, alignment);
        column.setText(text);
        column.setToolTipText(tooltip);
        column.setWidth(width);
    }

    private TableItem row(ListedChildren children, String name, List<Clinic> clinics) {
        List<String> cells = new ArrayList<>();
        cells.add(name);
        for (int age = 0; age < children.ageGroups().size(); age++) {
            for (int need = 1; need <= children.careNeedGroups(); need++) {
                int group = age;
                int careNeed = need;
                cells.add(number(clinics.stream().mapToInt(c -> c.count(group, careNeed)).sum()));
            }
        }
        cells.add(number(clinics.stream().mapToInt(Clinic::outsideLimits).sum()));
        cells.add(number(clinics.stream().mapToInt(Clinic::listed).sum()));
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(cells.toArray(String[]::new));
        return item;
    }

    private static String number(int n) {
        return SwedishFormat.number(BigDecimal.valueOf(n));
    }

    /** Empties the table, for a month whose year has no rulebook. */
    void clear() {
        table.removeAll();
    }
}
