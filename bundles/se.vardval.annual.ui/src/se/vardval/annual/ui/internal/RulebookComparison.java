package se.vardval.annual.ui.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;

import se.vardval.annual.ParameterChange;
import se.vardval.annual.RulebookYears;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;

/** Two rulebooks chosen side by side and every parameter in which they differ: parameter, left, right, difference. */
final class RulebookComparison {

    private final Messages messages;
    private final RulebookNames names;
    private final RulebookYears years;
    private final Supplier<List<RulebookChoice>> choices;
    private final Group group;
    private final Combo left;
    private final Combo right;
    private final StatusLine summary;
    private final TableViewer table;
    private List<RulebookChoice> shown = List.of();

    RulebookComparison(Composite parent, Messages messages, RulebookYears years,
            Supplier<List<RulebookChoice>> choices) {
        this.messages = messages;
        names = new RulebookNames(messages);
        this.years = years;
        this.choices = choices;
        group = Fields.group(parent, messages.compareTitle, 4);
        left = Fields.combo(group, "diff.left", List.of(), 260);
        Fields.label(group, messages.compareWith);
        right = Fields.combo(group, "diff.right", List.of(), 260);
        left.addListener(SWT.Selection, e -> compare());
        right.addListener(SWT.Selection, e -> compare());
        summary = new StatusLine(group, "diff.summary", 1);
        table = Tables.table(group, "diff.table");
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(SWT.DEFAULT, 300).applyTo(table.getControl());
        Tables.column(table, ParameterChange.class, messages.parameter, 300, ParameterChange::path);
        Tables.numberColumn(table, ParameterChange.class, "", 230, c -> value(c.path(), c.before()));
        Tables.numberColumn(table, ParameterChange.class, "", 230, c -> value(c.path(), c.after()));
        Tables.numberColumn(table, ParameterChange.class, messages.difference, 110,
                c -> SwedishFormat.number(c.difference()));
        Tables.numberColumn(table, ParameterChange.class, messages.percent, 80,
                c -> c.percent() == null ? "" : SwedishFormat.fixed(c.percent(), 2) + " %");
        table.setContentProvider(ArrayContentProvider.getInstance());
    }

    Control control() {
        return group;
    }

    /**
     * Reads the rulebooks to choose from again, keeping the choice; at first the second newest on the left and the
     * newest on the right, compared at once.
     */
    void reload() {
        String leftLabel = left.getText();
        String rightLabel = right.getText();
        shown = choices.get();
        String[] labels = shown.stream().map(RulebookChoice::label).toArray(String[]::new);
        left.setItems(labels);
        right.setItems(labels);
        if (shown.size() >= 2) {
            left.select(Math.max(0, leftLabel.isEmpty() ? 1 : left.indexOf(leftLabel)));
            right.select(Math.max(0, right.indexOf(rightLabel)));
            compare();
        }
    }

    /** Compares the two chosen rulebooks. */
    private void compare() {
        if (left.getSelectionIndex() < 0 || right.getSelectionIndex() < 0) {
            return;
        }
        RulebookChoice a = shown.get(left.getSelectionIndex());
        RulebookChoice b = shown.get(right.getSelectionIndex());
        try {
            List<ParameterChange> changes = years.diff(a.rulebook(), b.rulebook());
            String before = names.of(a.name());
            String after = names.of(b.name());
            table.getTable().getColumn(1).setText(before);
            table.getTable().getColumn(2).setText(after);
            table.setInput(changes);
            summary.info(changes.isEmpty() ? NLS.bind(messages.noDifference, before, after)
                    : NLS.bind(messages.differences, new Object[] { changes.size(), before, after }));
        } catch (RuntimeException e) {
            summary.error(StatusLine.reason(e));
        }
    }

    /**
     * A parameter's JSON value as read: numbers the Swedish way, text without quotes, the status in the user's
     * language, an absent or empty one as a dash.
     */
    private String value(String path, String json) {
        if (json == null || json.equals("null")) {
            return "\u2013";
        }
        if (path.equals("year")) {
            return json;
        }
        if (path.equals("status")) {
            return json.contains("DECIDED") ? messages.decided : messages.draft;
        }
        if (json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"")) {
            return json.substring(1, json.length() - 1);
        }
        try {
            return SwedishFormat.number(new BigDecimal(json));
        } catch (NumberFormatException e) {
            return json;
        }
    }
}
