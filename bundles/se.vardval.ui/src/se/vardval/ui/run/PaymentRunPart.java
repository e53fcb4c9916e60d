package se.vardval.ui.run;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.RunState;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.PaymentExports;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.run.RunPeriodJob.Step;
import se.vardval.ui.run.RunSummary.UnitTotal;
import se.vardval.ui.views.CareChoiceNames;
import se.vardval.ui.views.ComponentColours;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.Split;

/**
 * The payment run view of a vårdval: calculates a month in a background job (progress, cancel, the UI stays live),
 * attests, corrects and exports runs, and shows the totals per provider and unit, a unit's lines with basis, rate and
 * amount, the warnings, the items the model did not pay with their reasons (the selected unit's or all), how a line's
 * or a person's amount arose, and charts of the month per unit and component and against the months before.
 */
public class PaymentRunPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    PaymentRunService runner;

    @Inject
    @Service
    RunStore runs;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Service
    AuditLog audit;

    @Inject
    @Service
    PaymentExports exports;

    @Inject
    @Service
    ComponentNaming naming;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    UISynchronize sync;

    @Inject
    @Optional
    IEventBroker events;

    private String careChoice;
    private RunControls controls;
    private RunActions actions;
    Function<String, String> chooseDirectory = this::askDirectory;
    private TotalsView totals;
    private LinesView lines;
    private CTabFolder tabs;
    private StackedBarChart unitChart;
    private StackedBarChart historyChart;
    private WarningsView warnings;
    private RejectionsView rejections;
    private CTabItem explanationTab;
    private ExplanationView explanation;
    private RunResult shown;
    private UnaryOperator<String> componentNames = UnaryOperator.identity();
    private Job job;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        controls = new RunControls(parent, messages, this::calculate, this::cancel);
        actions = new RunActions(parent, messages, this::approve, this::correct, this::export);
        SashForm vertical = Split.filling(parent, SWT.VERTICAL);
        SashForm top = new SashForm(vertical, SWT.HORIZONTAL);
        totals = new TotalsView(top, messages, this::unitSelected);
        lines = new LinesView(top, messages, this::explainLine);
        top.setWeights(46, 54);
        tabs = new CTabFolder(vertical, SWT.BORDER | SWT.FLAT);
        tabs.setData(ClientTags.WIDGET_KEY, "run.tabs");
        unitChart = new StackedBarChart(tabs, "run.chart.units", messages.run_chartUnits, "kr",
                messages.run_chartUnitsUnlabelled, messages.run_chartHoverHint);
        historyChart = new StackedBarChart(tabs, "run.chart.history", messages.run_chartHistory, "kr",
                messages.run_chartHistoryUnlabelled, messages.run_chartHoverHint);
        warnings = new WarningsView(tabs, messages);
        rejections = new RejectionsView(tabs, messages, this::explainPerson);
        explanation = new ExplanationView(tabs, messages, this::explainPerson);
        tab(messages.run_tabUnits, unitChart.control(), "run.tab.units");
        tab(messages.run_tabHistory, historyChart.control(), "run.tab.history");
        tab(messages.run_tabWarnings, warnings.control(), "run.tab.warnings");
        tab(messages.run_tabRejections, rejections.control(), "run.tab.rejections");
        explanationTab = tab(messages.run_tabExplanation, explanation.control(), "run.tab.explanation");
        tabs.setSelection(0);
        vertical.setWeights(50, 50);
        initialRun();
    }

    private CTabItem tab(String text, Control control, String key) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
        item.setData(ClientTags.WIDGET_KEY, key);
        return item;
    }

    /** A unit chosen in the totals: its lines and its rejected items. */
    private void unitSelected(UnitTotal unit) {
        lines.show(unit, componentNames);
        rejections.unit(unit.unit().hsaId());
    }

    private void initialRun() {
        String item = part.getPersistedState().get(ClientTags.ITEM);
        java.util.Optional<PaymentRun> run = item != null ? runs.find(Long.parseLong(item))
                : runs.list(careChoice).stream().findFirst();
        run.ifPresentOrElse(r -> {
            controls.period(r.period());
            show(read(r));
        }, () -> {
            controls.period(DefaultMonth.of(runs, rulebooks, careChoice));
            controls.status(messages.run_none);
            unitChart.clear(messages.run_none);
            historyChart.clear(messages.run_none);
            part.setLabel(NLS.bind(messages.run_partLabel, CareChoiceNames.of(masterData, careChoice), ""));
        });
    }

    /** Calculates a month in a background job; the view shows the run when it is done. */
    void calculate(YearMonth period) {
        String name = jobName(messages.run_calculationJob, period);
        start(listener -> new RunPeriodJob(name, cancelled -> runner.run(careChoice, period, user.name(), cancelled),
                this::read, listener));
    }

    /** Calculates a correction of the shown run's month in a background job; the view shows it when done. */
    private void correct() {
        YearMonth period = shown.run().period();
        String name = jobName(messages.run_correctionJob, period);
        start(listener -> new RunPeriodJob(name, cancelled -> runner.correct(careChoice, period, user.name()),
                this::read, listener));
    }

    /** A run job's name as the progress view shows it: the vårdval by its name and the month in words. */
    private String jobName(String pattern, YearMonth period) {
        return NLS.bind(pattern, CareChoiceNames.of(masterData, careChoice), SwedishFormat.month(period));
    }

    /** A stored run with what the view shows of it. */
    private RunResult read(PaymentRun run) {
        return RunResult.read(runs, audit, run);
    }

    private void start(Function<JobListener, RunPeriodJob> create) {
        controls.busy(true);
        actions.busy(true, null);
        JobListener listener = new JobListener();
        RunPeriodJob started = create.apply(listener);
        listener.job = started;
        job = started;
        started.schedule();
    }

    /**
     * Attests the shown run as the acting user; a refusal (e.g. the month is already paid) is told beside the actions,
     * and the run's summary stays.
     */
    private void approve() {
        try {
            PaymentRun approved = runner.approve(shown.run().id(), user.name());
            changed(approved);
            show(read(approved));
        } catch (UserError e) {
            actions.refused(e.getMessage());
        }
    }

    /** The shown run's state to the actions, with why the acting user may not attest it, if they may not. */
    private void showActions() {
        PaymentRun run = shown.run();
        String refusal = run.state() == RunState.CALCULATED ? approvalRefusal(run) : null;
        actions.show(run, shown.inputsChanged(), refusal);
    }

    private String approvalRefusal(PaymentRun run) {
        try {
            return runner.approvalRefusal(run.id(), user.name()).orElse(null);
        } catch (UserError e) {
            return e.getMessage();
        }
    }

    /**
     * Writes the shown run's files into a directory the user chooses, in a background job: the specification, the
     * workbook and the rejected items, and for an approved run also each provider's ersättningsbesked and the
     * finance file, which records the run as exported.
     */
    private void export() {
        PaymentRun run = shown.run();
        String chosen = chooseDirectory.apply(System.getProperty("user.home"));
        if (chosen == null) {
            return;
        }
        Path directory = Path.of(chosen);
        List<PaymentExports.Format> formats = run.state() == RunState.CALCULATED
                ? List.of(PaymentExports.Format.CSV, PaymentExports.Format.XLSX,
                        PaymentExports.Format.REJECTIONS)
                : List.of(PaymentExports.Format.CSV, PaymentExports.Format.XLSX, PaymentExports.Format.REJECTIONS,
                        PaymentExports.Format.PDF, PaymentExports.Format.SIE4);
        controls.status(messages.run_exporting);
        actions.busy(true, run);
        String acting = user.name();
        Job.create(messages.run_exporting, monitor -> {
            try {
                int files = 0;
                for (PaymentExports.Format format : formats) {
                    files += exports.export(run.id(), format, directory, acting).size();
                }
                PaymentRun after = runs.find(run.id()).orElse(run);
                int written = files;
                sync.asyncExec(() -> exported(after, written, directory));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> {
                    if (!tabs.isDisposed()) {
                        actions.busy(false, run);
                        controls.status(e.getMessage());
                    }
                });
            }
        }).schedule();
    }

    private void exported(PaymentRun run, int files, Path directory) {
        if (tabs.isDisposed()) {
            return;
        }
        changed(run);
        show(read(run));
        controls.status(NLS.bind(messages.run_exported, files, directory));
    }

    private String askDirectory(String suggested) {
        DirectoryDialog dialog = new DirectoryDialog(tabs.getShell());
        dialog.setFilterPath(suggested);
        dialog.setMessage(messages.run_exportWhere);
        return dialog.open();
    }

    private void changed(PaymentRun run) {
        if (events != null) {
            events.post(PartIds.DATA_CHANGED, run.id());
        }
    }

    private void cancel() {
        if (job != null) {
            job.cancel();
            job = null;
        }
        controls.busy(false);
        actions.busy(false, shown == null ? null : shown.run());
        controls.status(messages.run_cancelled);
    }

    /** Shows a run: totals, the first unit's lines and rejected items, charts and warnings. */
    void show(RunResult result) {
        shown = result;
        componentNames = naming.namesOf(careChoice);
        PaymentRun run = result.run();
        RunSummary summary = RunSummary.of(result.lines(), masterData.providers(), masterData.units());
        controls.status(NLS.bind(messages.run_header, new Object[] { run.id(), SwedishFormat.month(run.period()),
                messages.runState(run.state()), SwedishFormat.kronor(summary.total()), result.lines().size() }));
        part.setLabel(NLS.bind(messages.run_partLabel, CareChoiceNames.of(masterData, careChoice),
                SwedishFormat.month(run.period())));
        showActions();
        totals.show(summary);
        UnitTotal first = summary.units().isEmpty() ? null : summary.units().get(0);
        lines.show(first, componentNames);
        rejections.unit(first == null ? null : first.unit().hsaId());
        if (first != null) {
            totals.select(first);
        }
        ChartData history = RunHistory.of(runs, run, result.lines());
        Map<String, RGB> colours = colours(summary, history);
        chart(unitChart, ChartData.perUnit(summary), colours);
        chart(historyChart, history, colours);
        Map<String, String> names = unitNames();
        showWarnings(result.warnings(), names);
        rejections.show(result.rejections(), names);
        tabs.getItem(3).setText(NLS.bind(messages.run_tabRejectionsCount, result.rejections().size()));
    }

    private Map<String, String> unitNames() {
        return masterData.units().stream().collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
    }

    private void showWarnings(List<RunWarning> shownWarnings, Map<String, String> names) {
        warnings.show(shownWarnings, names);
        tabs.getItem(2).setText(NLS.bind(messages.run_tabWarningsCount, shownWarnings.size()));
    }

    /**
     * Data changed elsewhere (an import, a register, another run's approval): the shown run's state, the warnings
     * about its inputs and the hint are read again; its lines stay as they are.
     */
    @Inject
    @Optional
    void dataChanged(@UIEventTopic(PartIds.DATA_CHANGED) Object change) {
        if (shown == null || job != null || tabs.isDisposed()) {
            return;
        }
        shown = shown.withInputChanges(audit, runs.find(shown.run().id()).orElse(shown.run()));
        showActions();
        showWarnings(shown.warnings(), unitNames());
    }

    /** Draws the data, or says that there is nothing to draw when no run shown has a payment line. */
    private void chart(StackedBarChart chart, ChartData data, Map<String, RGB> colours) {
        if (data.series().isEmpty()) {
            chart.clear(messages.run_noLines);
        } else {
            chart.show(data, colours, componentNames);
        }
    }

    private static Map<String, RGB> colours(RunSummary summary, ChartData history) {
        Set<String> components = new HashSet<>(summary.components());
        components.addAll(history.series().keySet());
        return ComponentColours.of(components);
    }

    private void explainLine(PaymentLine line) {
        if (line != null && shown != null) {
            explain(new ExplainRequest(line.hsaId(), line.component(), null));
        }
    }

    /**
     * Explains the person (typed or double-clicked), whose personnummer then stands written in the field; the engine
     * refuses one that is none.
     */
    private void explainPerson(String personId) {
        if (shown != null && !personId.isEmpty()) {
            explanation.person(PersonId.written(personId));
            explain(new ExplainRequest(null, null, personId));
        }
    }

    private void explain(ExplainRequest request) {
        tabs.setSelection(explanationTab);
        explanation.message(messages.run_explaining);
        RunResult explained = shown;
        Job.create(messages.run_explaining, monitor -> {
            try {
                var result = runner.explain(explained.run().id(), request);
                boolean changed = explained.withInputChanges(audit, explained.run()).inputsChanged();
                sync.asyncExec(() -> explanation.show(result, changed ? messages.run_explanationInputsChanged : null));
            } catch (RuntimeException e) {
                sync.asyncExec(() -> explanation.refused(e.getMessage()));
            }
        }).schedule();
    }

    @Focus
    void focus() {
        totals.control().setFocus();
    }

    @PreDestroy
    void dispose() {
        if (job != null) {
            job.cancel();
        }
    }

    /** Brings a job's progress and outcome to the UI thread, unless that job was cancelled meanwhile. */
    private final class JobListener implements RunPeriodJob.Listener {

        private Job job;

        @Override
        public void progress(Step step, int percent) {
            sync.asyncExec(() -> {
                if (current()) {
                    controls.progress(step, percent);
                }
            });
        }

        @Override
        public void done(RunResult result) {
            sync.asyncExec(() -> {
                changed(result.run());
                if (current()) {
                    PaymentRunPart.this.job = null;
                    controls.busy(false);
                    show(result);
                }
            });
        }

        @Override
        public void refused(String message) {
            sync.asyncExec(() -> {
                if (current()) {
                    PaymentRunPart.this.job = null;
                    controls.busy(false);
                    actions.busy(false, shown == null ? null : shown.run());
                    controls.status(message);
                }
            });
        }

        @Override
        public void failed(RuntimeException fault) {
            refused(NLS.bind(messages.run_internalError, fault));
        }

        private boolean current() {
            return PaymentRunPart.this.job == job && !tabs.isDisposed();
        }
    }
}
