package se.vardval.ui.run;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Widgets;

/**
 * What can be done with the run shown: attest it (a calculated run), calculate a correction of its month (a paid
 * month), and export its files (the specification and workbook always; the providers' ersättningsbesked and the
 * finance file once approved). Attest is offered only to a user who may attest the run (its tooltip says why not);
 * the services decide the rest, and a refusal is told beside the buttons.
 */
class RunActions {

    /** The hint's least width: it takes the rest of the row and wraps a long refusal there. */
    private static final int HINT_WIDTH = 200;

    private final Button approve;
    private final Button correct;
    private final Button export;
    private final Label hint;
    private final Messages messages;
    private boolean inputsChanged;
    private String approvalRefusal;

    RunActions(Composite parent, Messages messages, Runnable onApprove, Runnable onCorrect, Runnable onExport) {
        this.messages = messages;
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 0).applyTo(bar);
        approve = Widgets.button(bar, messages.run_approve, "run.approve", onApprove);
        correct = Widgets.button(bar, messages.run_correct, "run.correct", onCorrect);
        export = Widgets.button(bar, messages.run_export, "run.export", onExport);
        hint = new Label(bar, SWT.WRAP);
        hint.setData(ClientTags.WIDGET_KEY, "run.actionHint");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(8, 0)
                .hint(HINT_WIDTH, SWT.DEFAULT).applyTo(hint);
        show(null, false, null);
    }

    /**
     * Follows the state of the run shown (null for none) and says first, when its inputs changed after it was
     * calculated, what that asks for: calculating the month again before attest, or a correction. Attest is off, its
     * tooltip saying why, when the acting user may not attest the run ({@code approvalRefusal}; null: may).
     */
    void show(PaymentRun run, boolean changed, String approvalRefusal) {
        inputsChanged = changed;
        this.approvalRefusal = approvalRefusal;
        approve.setToolTipText(approvalRefusal);
        show(run);
    }

    /** Says beside the buttons why the service refused to attest the run; the run's summary above stays. */
    void refused(String refusal) {
        hint.setText(refusal);
        hint.requestLayout();
    }

    private void show(PaymentRun run) {
        RunState state = run == null ? null : run.state();
        approve.setEnabled(state == RunState.CALCULATED && approvalRefusal == null);
        correct.setEnabled(state == RunState.APPROVED || state == RunState.EXPORTED);
        export.setEnabled(state != null);
        hint.setText(state == null ? "" : inputsChanged ? changedHint(state) : switch (state) {
            case CALCULATED -> messages.run_hintCalculated;
            case APPROVED -> messages.run_hintApproved;
            default -> messages.run_hintExported;
        });
        hint.getParent().layout();
    }

    private String changedHint(RunState state) {
        return state == RunState.CALCULATED ? messages.run_hintChangedCalculated : messages.run_hintChangedPaid;
    }

    /** While a job runs, nothing else can be started. */
    void busy(boolean busy, PaymentRun run) {
        if (busy) {
            approve.setEnabled(false);
            correct.setEnabled(false);
            export.setEnabled(false);
        } else {
            show(run);
        }
    }
}
