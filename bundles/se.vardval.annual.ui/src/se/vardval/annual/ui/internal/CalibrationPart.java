package se.vardval.annual.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalInt;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.vardval.annual.BudgetCalibration;
import se.vardval.annual.CalibratedRate;
import se.vardval.annual.Calibration;
import se.vardval.annual.CalibrationReport;
import se.vardval.annual.ComponentShare;
import se.vardval.annual.ScenarioComparison;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.Split;

/**
 * Budget calibration of a vårdval's draft: the frame in kr per year, each calibratable component's share and the
 * reference month; calculated in a background job, it shows each solved rate (allocated, points, exact solution,
 * rate written, annualised, residue), frame = annualised + residue, and every unit's month before and after.
 * A preview stores nothing; writing stores the rates in the draft through the service, which checks the role.
 */
public class CalibrationPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    BudgetCalibration calibration;

    @Inject
    @Service
    RulebookStore store;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RunStore runs;

    @Inject
    @Service
    ComponentNaming naming;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    @Optional
    IEventBroker events;

    private String careChoice;
    private DraftChoice draft;
    private Text frame;
    private Text month;
    private ShareFields shares;
    private JobBar job;
    private TableViewer rates;
    private ScenarioTable perUnit;

    @PostConstruct
    void create(Composite parent) {
        careChoice = YearViews.open(part, parent, masterData, messages.partCalibration);
        Group group = Fields.group(parent, messages.calibrationTitle, 7);
        draft = new DraftChoice(group, "calibration.draft", careChoice, store, messages);
        Fields.label(group, messages.frame);
        frame = Fields.text(group, "calibration.frame", 130);
        Fields.label(group, messages.referenceMonth);
        month = Fields.text(group, "calibration.month", 80);
        month.setText(DefaultMonth.of(runs, store, careChoice).toString());
        Fields.button(group, messages.writeRates, "calibration.write", () -> calibrate(false));
        shares = new ShareFields(group, messages);
        GridDataFactory.fillDefaults().grab(true, false).span(7, 1).applyTo(shares.control());
        job = new JobBar(group, messages, messages.preview, "calibration", () -> calibrate(true));
        GridDataFactory.fillDefaults().grab(true, false).span(7, 1).applyTo(job.control());
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        rates = Tables.table(sash, "calibration.rates");
        rateColumns();
        perUnit = new ScenarioTable(sash, messages);
        sash.setWeights(35, 65);
        draft.onChoice(this::loadRates);
        reload();
    }

    private void rateColumns() {
        Tables.column(rates, CalibratedRate.class, messages.component, 170, CalibratedRate::component);
        Tables.numberColumn(rates, CalibratedRate.class, messages.share, 70,
                r -> SwedishFormat.number(r.percent()) + " %");
        Tables.numberColumn(rates, CalibratedRate.class, messages.allocated, 130,
                r -> SwedishFormat.kronor(r.allocated()));
        Tables.numberColumn(rates, CalibratedRate.class, messages.points, 120, r -> SwedishFormat.number(r.points()));
        Tables.numberColumn(rates, CalibratedRate.class, messages.before, 90, r -> SwedishFormat.number(r.before()));
        Tables.numberColumn(rates, CalibratedRate.class, messages.solved, 130, r -> SwedishFormat.number(r.solved()));
        Tables.numberColumn(rates, CalibratedRate.class, messages.after, 90, r -> SwedishFormat.number(r.rate()));
        Tables.numberColumn(rates, CalibratedRate.class, messages.annualised, 130,
                r -> SwedishFormat.kronor(r.annualised()));
        Tables.numberColumn(rates, CalibratedRate.class, messages.residue, 100, r -> SwedishFormat.kronor(r.residue()));
        rates.setContentProvider(ArrayContentProvider.getInstance());
    }

    private void reload() {
        if (draft.reload()) {
            loadRates();
        } else {
            job.status().error(messages.noDraft);
        }
    }

    private void loadRates() {
        try {
            draft.year().ifPresent(year -> shares.show(calibration.rates(careChoice, year)));
        } catch (RuntimeException e) {
            job.status().error(StatusLine.reason(e));
        }
    }

    /** Calibrates the chosen draft in a background job; only when {@code preview} is false are the rates written. */
    void calibrate(boolean preview) {
        OptionalInt chosen = draft.year();
        if (chosen.isEmpty()) {
            job.status().error(messages.noDraft);
            return;
        }
        int year = chosen.getAsInt();
        Calibration request;
        try {
            request = new Calibration(number(frame), YearMonth.parse(month.getText().trim()), shares.shares(), null);
        } catch (DateTimeParseException e) {
            job.status().error(NLS.bind(messages.badMonth, month.getText()));
            return;
        } catch (NumberFormatException e) {
            job.status().error(e.getMessage());
            return;
        }
        BigDecimal total = request.shares().stream().map(ComponentShare::percent).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
            job.status().error(NLS.bind(messages.sharesNot100, SwedishFormat.number(total)));
            return;
        }
        String name = user.name();
        job.run(messages.calibrationTitle, monitor -> calibration.calibrate(careChoice, year, request, preview, name),
                report -> show(report, year, preview));
    }

    private BigDecimal number(Text field) {
        try {
            BigDecimal value = SwedishFormat.parse(field.getText());
            if (value != null) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new NumberFormatException(NLS.bind(messages.badNumber, field.getText()));
    }

    private void show(CalibrationReport report, int year, boolean preview) {
        rates.setInput(report.rates());
        ScenarioComparison months = report.perUnit();
        perUnit.show(new ScenarioComparison(months.careChoice(), months.period(),
                List.of(messages.beforeCalibration, messages.calibrated), months.rows()),
                naming.namesOf(careChoice));
        job.status().info(NLS.bind(preview ? messages.calibrationPreview : messages.calibrationWritten,
                new Object[] { SwedishFormat.kronor(report.calibration().frame()),
                    SwedishFormat.kronor(report.annualised()), SwedishFormat.kronor(report.residue()), year }));
        if (!preview && events != null) {
            events.post(PartIds.DATA_CHANGED, careChoice);
        }
    }

    @Focus
    void focus() {
        frame.setFocus();
    }

    @PreDestroy
    void dispose() {
        job.dispose();
    }
}
