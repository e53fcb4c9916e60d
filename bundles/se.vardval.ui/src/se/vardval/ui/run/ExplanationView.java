package se.vardval.ui.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import se.vardval.core.model.Explanation;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/**
 * How an amount arose: the model's summary and the persons, visits or items behind it (a virtual table, since a
 * unit may have tens of thousands of listed persons), and a field to explain what one person brought. The columns are
 * as wide as their first rows, numbers right-aligned and never under the vertical scrollbar: in a view too narrow for
 * them all the widest text column gives way, and a cell whose text its column cuts shows it whole as its tooltip.
 */
class ExplanationView {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    /** A number as a model writes it, of at most nine digits before its point: a personnummer is an identifier. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d+)?");
    /** The rows the columns are sized to. */
    private static final int SIZED_ROWS = 50;

    private final Composite area;
    private final Text person;
    private final Label summary;
    private final Table table;
    private List<List<String>> rows = List.of();

    ExplanationView(Composite parent, Messages messages, Consumer<String> onPerson) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(area);
        new Label(area, SWT.NONE).setText(messages.run_person);
        person = new Text(area, SWT.BORDER);
        person.setData(ClientTags.WIDGET_KEY, "run.explain.person");
        person.setMessage(messages.run_personFormat);
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(person);
        Button explain = new Button(area, SWT.PUSH);
        explain.setText(messages.run_explainPerson);
        explain.setData(ClientTags.WIDGET_KEY, "run.explain.personButton");
        explain.addListener(SWT.Selection, e -> onPerson.accept(person.getText().trim()));
        person.addListener(SWT.DefaultSelection, e -> onPerson.accept(person.getText().trim()));
        summary = new Label(area, SWT.WRAP);
        summary.setData(ClientTags.WIDGET_KEY, "run.explanation.summary");
        summary.setText(messages.run_explainHint);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(summary);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(ClientTags.WIDGET_KEY, "run.explanation");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).applyTo(table);
        table.addListener(SWT.Resize, e -> Tables.refit(table));
        Tables.tipCutTexts(table);
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            item.setText(rows.get(table.indexOf(item)).stream().map(ExplanationView::swedish).toArray(String[]::new));
        });
    }

    /** A decimal the model wrote with a point, in Swedish format; other cells (personnummer, codes) as they are. */
    private static String swedish(String cell) {
        return DECIMAL.matcher(cell).matches() ? SwedishFormat.number(new BigDecimal(cell)) : cell;
    }

    /** Whether the column's cells in {@code rows} are numbers, at least one of them. */
    private static boolean numbers(List<List<String>> rows, int column) {
        boolean any = false;
        for (List<String> row : rows) {
            String cell = column < row.size() ? row.get(column) : "";
            if (!cell.isEmpty() && !NUMBER.matcher(cell).matches()) {
                return false;
            }
            any |= !cell.isEmpty();
        }
        return any;
    }

    /** The text column with the most characters in its heading or a cell of {@code rows} (the first if none is). */
    private static int widestText(List<String> headings, List<List<String>> rows) {
        int widest = 0;
        int most = -1;
        for (int column = 0; column < headings.size(); column++) {
            int chars = headings.get(column).length();
            for (List<String> row : rows) {
                chars = Math.max(chars, column < row.size() ? row.get(column).length() : 0);
            }
            if (chars > most && !numbers(rows, column)) {
                widest = column;
                most = chars;
            }
        }
        return widest;
    }

    Composite control() {
        return area;
    }

    /** Shows the personnummer of the person explained in the field, as when it was typed there. */
    void person(String id) {
        if (!person.getText().trim().equals(id)) {
            person.setText(id);
        }
    }

    void message(String text) {
        summary.setText(text);
        area.layout();
    }

    /** Shows why nothing is explained, with no rows of an earlier explanation left below that would seem its answer. */
    void refused(String reason) {
        empty();
        message(reason);
    }

    private void empty() {
        table.removeAll();
        for (TableColumn column : table.getColumns()) {
            column.dispose();
        }
        rows = List.of();
    }

    /**
     * Shows the explanation, after the note when there is one (null when not), its columns packed to its first rows,
     * which are made for that once the columns are as wide as their headings (rows made beside columns of no width
     * are drawn too low, over each other).
     */
    void show(Explanation explanation, String note) {
        table.setRedraw(false);
        try {
            empty();
            List<List<String>> sized = explanation.rows().subList(0, Math.min(explanation.rows().size(), SIZED_ROWS));
            for (int i = 0; i < explanation.columns().size(); i++) {
                TableColumn column = new TableColumn(table, numbers(sized, i) ? SWT.RIGHT : SWT.LEFT);
                column.setText(explanation.columns().get(i));
                column.pack();
            }
            rows = explanation.rows();
            table.setItemCount(rows.size());
            for (int i = 0; i < sized.size(); i++) {
                table.getItem(i).getText();
            }
            Tables.packColumnsLeavingSpareEmpty(table, widestText(explanation.columns(), sized));
        } finally {
            table.setRedraw(true);
        }
        message(note == null ? explanation.summary() : note + "\n" + explanation.summary());
    }
}
