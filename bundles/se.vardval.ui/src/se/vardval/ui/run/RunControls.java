package se.vardval.ui.run;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Text;

import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.run.RunPeriodJob.Step;

/**
 * The top of the run view: the month to calculate, calculate and cancel, the job's progress, and below them the run
 * shown or a refusal, wrapped to the view's width.
 */
class RunControls {

    /** The month's label and field, calculate, cancel and the one progress bar shown. */
    private static final int COLUMNS = 5;
    /** The status's least width: it takes the whole row below the controls and wraps a long refusal there. */
    private static final int STATUS_WIDTH = 200;

    private final Messages messages;
    private final Text period;
    private final Button calculate;
    private final Button cancel;
    private final ProgressBar working;
    private final ProgressBar progress;
    private final Label status;

    RunControls(Composite parent, Messages messages, Consumer<YearMonth> onCalculate, Runnable onCancel) {
        this.messages = messages;
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(COLUMNS).margins(6, 6).applyTo(bar);
        new Label(bar, SWT.NONE).setText(messages.run_period);
        period = new Text(bar, SWT.BORDER);
        period.setData(ClientTags.WIDGET_KEY, "run.period");
        period.setMessage("YYYY-MM");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(period);
        calculate = button(bar, messages.run_calculate, "run.calculate");
        cancel = button(bar, messages.run_cancel, "run.cancel");
        cancel.setEnabled(false);
        working = new ProgressBar(bar, SWT.HORIZONTAL | SWT.INDETERMINATE);
        progress = new ProgressBar(bar, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setData(ClientTags.WIDGET_KEY, "run.progress");
        for (ProgressBar p : new ProgressBar[] { working, progress }) {
            GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).align(SWT.BEGINNING, SWT.CENTER).applyTo(p);
        }
        indeterminate(false);
        status = new Label(bar, SWT.WRAP);
        status.setData(ClientTags.WIDGET_KEY, "run.status");
        GridDataFactory.fillDefaults().grab(true, false).span(COLUMNS, 1).hint(STATUS_WIDTH, SWT.DEFAULT)
                .applyTo(status);
        calculate.addListener(SWT.Selection, e -> parse().ifPresent(onCalculate));
        period.addListener(SWT.DefaultSelection, e -> parse().ifPresent(onCalculate));
        cancel.addListener(SWT.Selection, e -> onCancel.run());
    }

    private static Button button(Composite parent, String text, String key) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setData(ClientTags.WIDGET_KEY, key);
        return button;
    }

    private Optional<YearMonth> parse() {
        try {
            return Optional.of(YearMonth.parse(period.getText().trim()));
        } catch (DateTimeParseException e) {
            status(messages.run_badPeriod);
            return Optional.empty();
        }
    }

    void period(YearMonth month) {
        period.setText(month.toString());
    }

    void busy(boolean busy) {
        calculate.setEnabled(!busy);
        period.setEnabled(!busy);
        cancel.setEnabled(busy);
        if (!busy) {
            indeterminate(false);
            progress.setSelection(0);
        }
    }

    void progress(Step step, int percent) {
        indeterminate(percent < 0);
        if (percent >= 0) {
            progress.setSelection(percent);
        }
        status(step == Step.CALCULATING ? messages.run_calculating : messages.run_reading);
    }

    void status(String text) {
        status.setText(text);
        status.requestLayout();
    }

    private void indeterminate(boolean indeterminate) {
        ((GridData) working.getLayoutData()).exclude = !indeterminate;
        working.setVisible(indeterminate);
        ((GridData) progress.getLayoutData()).exclude = indeterminate;
        progress.setVisible(!indeterminate);
        progress.getParent().layout();
    }
}
