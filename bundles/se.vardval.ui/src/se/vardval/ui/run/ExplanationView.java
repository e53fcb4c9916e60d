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

/**
 * How an amount arose: the model's summary and the persons, visits or items behind it (a virtual table, since a
 * unit may have tens of thousands of listed persons), and a field to explain what one person brought.
 */
class ExplanationView {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");

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
        person.setMessage("YYYYMMDD-NNNN");
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
        table.addListener(SWT.SetData, e -> {
            TableItem item = (TableItem) e.item;
            item.setText(rows.get(table.indexOf(item)).stream().map(ExplanationView::swedish).toArray(String[]::new));
        });
    }

    /** A decimal the model wrote with a point, in Swedish format; other cells (personnummer, codes) as they are. */
    private static String swedish(String cell) {
        return DECIMAL.matcher(cell).matches() ? SwedishFormat.number(new BigDecimal(cell)) : cell;
    }

    private static int width(String heading, List<List<String>> rows, int column) {
        int chars = heading.length();
        for (List<String> row : rows.subList(0, Math.min(rows.size(), 50))) {
            chars = Math.max(chars, column < row.size() ? row.get(column).length() : 0);
        }
        return 24 + chars * 8;
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

    /** Shows the explanation, after the note when there is one (null when not). */
    void show(Explanation explanation, String note) {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (String heading : explanation.columns()) {
                TableColumn column = new TableColumn(table, SWT.LEFT);
                column.setText(heading);
                column.setWidth(width(heading, explanation.rows(), table.getColumnCount() - 1));
            }
            rows = explanation.rows();
            table.setItemCount(rows.size());
        } finally {
            table.setRedraw(true);
        }
        message(note == null ? explanation.summary() : note + "\n" + explanation.summary());
    }
}
