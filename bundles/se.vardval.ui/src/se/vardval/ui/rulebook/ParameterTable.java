package se.vardval.ui.rulebook;

import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import se.vardval.ui.i18n.Messages;
import se.vardval.ui.rulebook.ParameterNode.Column;
import se.vardval.ui.rulebook.ParameterNode.Kind;
import se.vardval.ui.rulebook.ParameterNode.Table;

/**
 * An array of objects (a column per key) or of arrays (a column per position) as an editable table: cells edited in
 * place, rows added and removed; a number cell given text that is no number keeps its value and says why.
 */
class ParameterTable {

    private static final int VISIBLE_ROWS = 8;

    private final Table shape;
    private final ObjectNode parameters;
    private final Runnable changed;
    private final Consumer<String> refused;
    private final Messages messages;
    private final Captions captions;
    private final TableViewer viewer;

    ParameterTable(Composite parent, Table shape, ObjectNode parameters, boolean editable, Messages messages,
            Captions captions, Runnable changed, Consumer<String> refused) {
        this.shape = shape;
        this.parameters = parameters;
        this.changed = changed;
        this.refused = refused;
        this.messages = messages;
        this.captions = captions;
        Label caption = new Label(parent, SWT.NONE);
        caption.setText(captions.of(shape.path(), shape.key()));
        GridDataFactory.fillDefaults().span(2, 1).applyTo(caption);
        Composite area = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).indent(8, 0).applyTo(area);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
        viewer = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        shape.columns().forEach(column -> column(column, editable));
        int width = 0;
        for (TableColumn column : viewer.getTable().getColumns()) {
            width += column.getWidth();
        }
        GridDataFactory.fillDefaults().hint(width + 24, viewer.getTable().getItemHeight() * VISIBLE_ROWS + 4)
                .applyTo(viewer.getControl());
        Composite buttons = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(buttons);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        button(buttons, messages.rulebook_addRow, editable, this::addRow);
        button(buttons, messages.rulebook_removeRow, editable, this::removeRow);
        refresh();
    }

    private static void button(Composite parent, String text, boolean enabled, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setEnabled(enabled);
        button.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
    }

    private void column(Column column, boolean editable) {
        TableViewerColumn c = new TableViewerColumn(viewer, column.kind() == Kind.NUMBER ? SWT.RIGHT : SWT.LEFT);
        String title = captions.ofColumn(shape.path(), column.key());
        c.getColumn().setText(title);
        c.getColumn().setWidth(Math.max(100, title.length() * 9));
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String text = Values.text(cell((Integer) element, column));
                return column.kind() == Kind.CHOICE ? captions.ofColumnChoice(shape.path(), column.key(), text) : text;
            }
        });
        if (editable) {
            c.setEditingSupport(new CellEditing(column));
        }
    }

    private ArrayNode rows() {
        return (ArrayNode) shape.path().read(parameters);
    }

    private JsonNode cell(int row, Column column) {
        JsonNode values = rows().get(row);
        return shape.positional() ? values.path(position(column)) : values.path(column.key());
    }

    private void set(int row, Column column, JsonNode value) {
        JsonNode values = rows().get(row);
        if (shape.positional()) {
            ArrayNode positions = (ArrayNode) values;
            while (positions.size() <= position(column)) {
                positions.addNull();
            }
            positions.set(position(column), value);
        } else {
            ((ObjectNode) values).set(column.key(), value);
        }
    }

    private static int position(Column column) {
        return Integer.parseInt(column.key()) - 1;
    }

    private void refresh() {
        viewer.setInput(IntStream.range(0, rows().size()).boxed().toArray());
    }

    private void addRow() {
        if (shape.positional()) {
            ArrayNode row = rows().addArray();
            shape.columns().forEach(column -> row.addNull());
        } else {
            ObjectNode row = rows().addObject();
            shape.columns().forEach(column -> row.putNull(column.key()));
        }
        refresh();
        changed.run();
    }

    private void removeRow() {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected instanceof Integer index) {
            rows().remove(index);
            refresh();
            changed.run();
        }
    }

    Control control() {
        return viewer.getControl();
    }

    /** Edits one column's cells with a text, check box or choice editor. */
    private final class CellEditing extends EditingSupport {

        private final Column column;
        private final CellEditor editor;

        CellEditing(Column column) {
            super(viewer);
            this.column = column;
            this.editor = switch (column.kind()) {
                case BOOLEAN -> new CheckboxCellEditor(viewer.getTable());
                case CHOICE -> new ComboBoxCellEditor(viewer.getTable(), column.choices().stream()
                        .map(choice -> captions.ofColumnChoice(shape.path(), column.key(), choice))
                        .toArray(String[]::new), SWT.READ_ONLY);
                default -> new TextCellEditor(viewer.getTable());
            };
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            JsonNode value = cell((Integer) element, column);
            return switch (column.kind()) {
                case BOOLEAN -> value.asBoolean();
                case CHOICE -> Math.max(0, column.choices().indexOf(value.asText()));
                default -> Values.text(value);
            };
        }

        @Override
        protected void setValue(Object element, Object value) {
            JsonNode json;
            try {
                json = switch (column.kind()) {
                    case BOOLEAN -> BooleanNode.valueOf((Boolean) value);
                    case CHOICE -> TextNode.valueOf(column.choices().get((Integer) value));
                    default -> Values.parse((String) value, column.kind());
                };
            } catch (NumberFormatException e) {
                refused.accept(NLS.bind(messages.rulebook_cellNotANumber,
                        captions.ofColumn(shape.path(), column.key()), value));
                return;
            } catch (IndexOutOfBoundsException e) {
                return;
            }
            set((Integer) element, column, json);
            viewer.update(element, null);
            changed.run();
        }
    }
}
