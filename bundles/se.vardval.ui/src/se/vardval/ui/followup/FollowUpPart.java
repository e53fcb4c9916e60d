package se.vardval.ui.followup;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.store.RunStore;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;

/**
 * Follow-up of a vårdval for a month: every unit's indicators (imported, and with a check also continuity and
 * coverage computed from the activities) beside the regional value, small groups suppressed as on the public page.
 */
public class FollowUpPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    FollowUp followUp;

    @Inject
    @Service
    RunStore runs;

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    private String careChoice;
    private Text month;
    private Button computed;
    private Label summary;
    private IndicatorTable table;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        part.setLabel(NLS.bind(messages.followUp_partLabel, careChoice));
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 6).applyTo(bar);
        new Label(bar, SWT.NONE).setText(messages.run_period);
        month = new Text(bar, SWT.BORDER);
        month.setData(ClientTags.WIDGET_KEY, "followup.month");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(month);
        computed = new Button(bar, SWT.CHECK);
        computed.setText(messages.followUp_computed);
        Button show = new Button(bar, SWT.PUSH);
        show.setText(messages.followUp_show);
        show.setData(ClientTags.WIDGET_KEY, "followup.show");
        summary = new Label(bar, SWT.NONE);
        summary.setData(ClientTags.WIDGET_KEY, "followup.summary");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).indent(12, 0).applyTo(summary);
        table = new IndicatorTable(parent, messages);
        show.addListener(SWT.Selection, e -> show());
        month.addListener(SWT.DefaultSelection, e -> show());
        month.setText(runs.list(careChoice).stream().findFirst().map(r -> r.period().toString())
                .orElse(YearMonth.now().minusMonths(1).toString()));
        show();
    }

    private void show() {
        YearMonth period;
        try {
            period = YearMonth.parse(month.getText().trim());
        } catch (DateTimeParseException e) {
            summary.setText(messages.run_badPeriod);
            return;
        }
        boolean withComputed = computed.getSelection();
        summary.setText(messages.followUp_reading);
        Job.create(messages.followUp_reading, monitor -> {
            try {
                FollowUpReport report = followUp.report(careChoice, period, withComputed,
                        FollowUp.DEFAULT_MINIMUM_COUNT);
                sync.asyncExec(() -> shown(report));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        summary.setText(e.getMessage());
                    }
                });
            }
        }).schedule();
    }

    private void shown(FollowUpReport report) {
        if (summary.isDisposed()) {
            return;
        }
        table.show(report);
        summary.setText(NLS.bind(messages.followUp_summary, new Object[] { SwedishFormat.month(report.period()),
                report.units().size(), report.indicators().size(), report.minimumCount() }));
        summary.getParent().layout();
    }
}
