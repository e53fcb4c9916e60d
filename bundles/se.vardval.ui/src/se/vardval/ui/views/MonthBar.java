package se.vardval.ui.views;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.vardval.ui.api.ClientTags;

/**
 * The top of a plugin's view of a month: the month to show, a show button, a choice of the view's own, a summary that
 * wraps onto more lines when the view is too narrow for it.
 */
public final class MonthBar {

    /** The summary's width before it wraps, when the bar has no more room. */
    private static final int SUMMARY_MIN_WIDTH = 200;

    private final Composite bar;
    private final Text month;
    private final Label summary;
    private final Consumer<YearMonth> onShow;

    /**
     * Places the bar in {@code parent}: the texts of the month label and the show button, the prefix of its widgets'
     * keys ({@code <prefix>.month}, {@code .show}, {@code .summary}), the view's own control (or null) and what
     * showing a month does.
     */
    public MonthBar(Composite parent, String monthLabel, String showLabel, String keyPrefix,
            Function<Composite, Control> extra, Consumer<YearMonth> onShow) {
        this.onShow = onShow;
        bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(bar);
        new Label(bar, SWT.NONE).setText(monthLabel);
        month = new Text(bar, SWT.BORDER);
        month.setData(ClientTags.WIDGET_KEY, keyPrefix + ".month");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(month);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(showLabel);
        show.setData(ClientTags.WIDGET_KEY, keyPrefix + ".show");
        Runnable go = () -> parse().ifPresent(onShow);
        show.addListener(SWT.Selection, e -> go.run());
        month.addListener(SWT.DefaultSelection, e -> go.run());
        if (extra == null) {
            new Label(bar, SWT.NONE);
        } else {
            extra.apply(bar);
        }
        summary = new Label(bar, SWT.WRAP);
        summary.setData(ClientTags.WIDGET_KEY, keyPrefix + ".summary");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0)
                .hint(SUMMARY_MIN_WIDTH, SWT.DEFAULT).applyTo(summary);
    }

    /** Lays {@code view} out as one column without spacing and places the bar at its top; the rest goes below. */
    public static MonthBar atTop(Composite view, String monthLabel, String showLabel, String keyPrefix,
            Function<Composite, Control> extra, Consumer<YearMonth> onShow) {
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(view);
        return new MonthBar(view, monthLabel, showLabel, keyPrefix, extra, onShow);
    }

    private Optional<YearMonth> parse() {
        try {
            return Optional.of(YearMonth.parse(month.getText().trim()));
        } catch (DateTimeParseException e) {
            summary("YYYY-MM?");
            return Optional.empty();
        }
    }

    /** Shows the month in the month field. */
    public void month(YearMonth value) {
        month.setText(value.toString());
    }

    /** Shows the month in the month field and shows it, as the show button does: a view opening on its month. */
    public void open(YearMonth value) {
        month(value);
        onShow.accept(value);
    }

    /** Shows the text in the summary. */
    public void summary(String text) {
        summary.setText(text);
        bar.getParent().layout(new Control[] { summary });
    }
}
