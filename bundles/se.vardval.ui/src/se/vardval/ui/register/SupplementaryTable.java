package se.vardval.ui.register;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

import se.vardval.core.domain.Supplementary;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.i18n.Messages;

/**
 * A contract's tilläggsuppdrag as an editable table: name, annual amount and end of each; a new one also gets its
 * code and start, which with the contract are its key.
 */
class SupplementaryTable {

    /** One tilläggsuppdrag as typed; {@code original} is null for a new one. */
    static final class Row {
        final Supplementary original;
        String code;
        String name;
        String amount;
        String from;
        String to;

        Row(Supplementary original) {
            this.original = original;
            code = original == null ? "" : original.code();
            name = original == null ? "" : original.name();
            amount = original == null ? "" : SwedishFormat.number(original.annualAmount());
            from = original == null ? "" : SwedishFormat.date(original.validFrom());
            to = original == null ? "" : SwedishFormat.date(original.validTo());
        }

        /** The tilläggsuppdrag of the contract as typed (the fields must have been checked). */
        Supplementary value(String contractId) {
            return new Supplementary(contractId, code.trim(), name.trim(), SwedishFormat.parse(amount),
                    LocalDate.parse(from.trim()), to.isBlank() ? null : LocalDate.parse(to.trim()));
        }

        boolean changed(String contractId) {
            return original == null || !original.equals(value(contractId));
        }
    }

    private final TableViewer viewer;
    private final List<Row> rows = new ArrayList<>();
    private final Runnable edited;

    SupplementaryTable(Composite parent, Messages messages, Runnable edited) {
        this.edited = edited;
        viewer = Tables.table(parent, "contract.supplementaries");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 160).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(messages.register_code, 120, r -> r.code, (r, v) -> r.code = v, true);
        column(messages.register_name, 240, r -> r.name, (r, v) -> r.name = v, false);
        column(messages.register_annualAmount, 130, r -> r.amount, (r, v) -> r.amount = v, false);
        column(messages.register_validFrom, 110, r -> r.from, (r, v) -> r.from = v, true);
        column(messages.register_validTo, 110, r -> r.to, (r, v) -> r.to = v, false);
        Button add = new Button(parent, SWT.PUSH);
        add.setText(messages.register_addSupplementary);
        add.setData(ClientTags.WIDGET_KEY, "contract.addSupplementary");
        add.addListener(SWT.Selection, e -> {
            rows.add(new Row(null));
            viewer.refresh();
            edited.run();
        });
    }

    private void column(String title, int width, Function<Row, String> get, BiConsumer<Row, String> set,
            boolean keyOfExisting) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return get.apply((Row) element);
            }
        });
        TextCellEditor editor = new TextCellEditor(viewer.getTable());
        column.setEditingSupport(new EditingSupport(viewer) {
            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return !keyOfExisting || ((Row) element).original == null;
            }

            @Override
            protected Object getValue(Object element) {
                return get.apply((Row) element);
            }

            @Override
            protected void setValue(Object element, Object value) {
                set.accept((Row) element, (String) value);
                viewer.update(element, null);
                edited.run();
            }
        });
    }

    void show(List<Supplementary> supplementaries) {
        rows.clear();
        supplementaries.forEach(s -> rows.add(new Row(s)));
        viewer.setInput(rows);
    }

    List<Row> rows() {
        return rows;
    }

    /** The problems of the rows as typed, each naming its row's code. */
    static void check(Row row, List<String> problems, Messages messages) {
        String which = row.code.isBlank() ? "?" : row.code;
        RegisterEditor.check(problems, row.code.isBlank() || row.name.isBlank(), which + ": "
                + messages.register_nameMissing);
        try {
            BigDecimal amount = SwedishFormat.parse(row.amount);
            RegisterEditor.check(problems, amount == null || amount.signum() < 0, which + ": "
                    + messages.register_amountFormat);
        } catch (NumberFormatException e) {
            problems.add(which + ": " + messages.register_amountFormat);
        }
        Dates.check(row.from, row.to, which, problems, messages);
    }
}
