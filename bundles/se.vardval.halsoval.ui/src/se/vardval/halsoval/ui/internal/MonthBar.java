package se.vardval.halsoval.ui.internal;

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

/** The top of a Hälsoval view: the month to show, a show button, a choice of the view's own, and a summary line. */
final class MonthBar {

    private final Composite bar;
    private final Text month;
    private final Label summary;

    MonthBar(Composite parent, Messages messages, String keyPrefix, Function<Composite, Control> extra,
            Consumer<YearMonth> onShow) {
        bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(bar);
        new Label(bar, SWT.NONE).setText(messages.month);
        month = new Text(bar, SWT.BORDER);
        month.setData(ClientTags.WIDGET_KEY, keyPrefix + ".month");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(month);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(messages.show);
        show.setData(ClientTags.WIDGET_KEY, keyPrefix + ".show");
        Runnable go = () -> parse().ifPresent(onShow);
        show.addListener(SWT.Selection, e -> go.run());
        month.addListener(SWT.DefaultSelection, e -> go.run());
        if (extra == null) {
            new Label(bar, SWT.NONE);
        } else {
            extra.apply(bar);
        }
        summary = new Label(bar, SWT.NONE);
        summary.setData(ClientTags.WIDGET_KEY, keyPrefix + ".summary");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(summary);
    }

    private Optional<YearMonth> parse() {
        try {
            return Optional.of(YearMonth.parse(month.getText().trim()));
        } catch (DateTimeParseException e) {
            summary("YYYY-MM?");
            return Optional.empty();
        }
    }

    void month(YearMonth value) {
        month.setText(value.toString());
    }

    void summary(String text) {
        summary.setText(text);
        bar.layout();
    }
}
