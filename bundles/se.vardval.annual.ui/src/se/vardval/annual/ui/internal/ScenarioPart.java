package se.vardval.annual.ui.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import se.vardval.annual.SavedScenario;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioProgress;
import se.vardval.annual.ScenarioRow;
import se.vardval.annual.ScenarioRulebook;
import se.vardval.annual.Scenarios;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.Split;

/**
 * Scenarios of a vårdval: two or more rulebooks (JSON files, proposals, drafts, decided years) run against one month's
 * data in a background job without paying anything, then side by side per unit and component (kr, difference in kr
 * and %) with a chart of the units, or of one unit's components when it is selected; saved under a name and opened
 * again as saved, exported as xlsx or CSV.
 */
public class ScenarioPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    Scenarios scenarios;

    @Inject
    @Service
    RulebookStore store;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookService rulebooks;

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
    UISynchronize sync;

    private String careChoice;
    private CheckboxTableViewer candidates;
    private List<RulebookChoice> choices;
    private ScenarioFiles files;
    private Text month;
    private JobBar job;
    private ScenarioTable table;
    private ScenarioChart chart;
    private ScenarioComparison shown;
    private UnaryOperator<String> componentNames = UnaryOperator.identity();
    private RulebookNames rulebookNames;
    private List<ScenarioRulebook> shownRulebooks = List.of();
    private Text name;
    private Combo saved;

    @PostConstruct
    void create(Composite parent) {
        rulebookNames = new RulebookNames(messages);
        careChoice = YearViews.open(part, parent, masterData, messages.partScenarios);
        inputs(parent);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        table = new ScenarioTable(sash, messages);
        chart = new ScenarioChart(sash, messages.chartEmpty);
        sash.setWeights(45, 55);
        table.viewer().addSelectionChangedListener(e -> chartOf(((IStructuredSelection) e.getSelection())
                .getFirstElement()));
        month.setText(DefaultMonth.of(runs, store, careChoice).toString());
    }

    private void inputs(Composite parent) {
        Group group = Fields.group(parent, messages.scenarioTitle, 2);
        candidates = CheckboxTableViewer.newCheckList(group, SWT.BORDER | SWT.V_SCROLL);
        candidates.getTable().setData(ClientTags.WIDGET_KEY, "scenario.rulebooks");
        candidates.setContentProvider(ArrayContentProvider.getInstance());
        candidates.setLabelProvider(LabelProvider.createTextProvider(c -> ((RulebookChoice) c).label()));
        GridDataFactory.fillDefaults().hint(360, 120).span(1, 3).applyTo(candidates.getControl());
        Composite row = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(row);
        Fields.label(row, messages.month);
        month = Fields.text(row, "scenario.month", 80);
        Fields.button(row, messages.export, "scenario.export", this::export);
        Fields.button(row, messages.addFile, "scenario.addFile", this::askForFile);
        job = new JobBar(group, messages, messages.runScenario, "scenario", this::run);
        Composite saving = new Composite(group, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(5).applyTo(saving);
        Fields.label(saving, messages.scenarioName);
        name = Fields.text(saving, "scenario.name", 200);
        Fields.button(saving, messages.save, "scenario.save", this::save);
        Fields.label(saving, messages.savedScenarios);
        saved = Fields.combo(saving, "scenario.saved", List.of(), 220);
        saved.addListener(SWT.Selection, e -> open(saved.getText()));
        files = new ScenarioFiles(part, careChoice, rulebooks, messages, job.status());
        List<RulebookChoice> proposals = RulebookChoice.proposals(careChoice, scenarios, messages);
        choices = new ArrayList<>(files.remembered());
        choices.addAll(proposals);
        choices.addAll(RulebookChoice.stored(careChoice, store, messages));
        candidates.setInput(choices);
        candidates.setCheckedElements(choices.stream().limit(proposals.size() >= 2 ? proposals.size() : 2)
                .toArray());
        listSaved();
    }

    private void askForFile() {
        FileDialog dialog = new FileDialog(month.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        String file = dialog.open();
        if (file != null) {
            addFile(Path.of(file));
        }
    }

    /**
     * Adds the rulebook of a JSON file (e.g. a proposal written elsewhere) to the top of the rulebooks, named after
     * the file and checked; the view offers it again when it is opened anew.
     */
    void addFile(Path file) {
        files.add(file).ifPresent(added -> {
            choices.removeIf(c -> c.name().equals(added.name()));
            choices.add(0, added);
            candidates.refresh();
            candidates.setChecked(added, true);
        });
    }

    private void listSaved() {
        try {
            saved.setItems(scenarios.saved(careChoice).stream().map(SavedScenario::name).toArray(String[]::new));
        } catch (RuntimeException e) {
            job.status().error(StatusLine.reason(e));
        }
    }

    /** Saves the comparison shown under the name typed, through the service (which checks the role). */
    void save() {
        if (shown == null) {
            job.status().error(messages.nothingToExport);
            return;
        }
        try {
            SavedScenario done = scenarios.save(name.getText().trim(), shownRulebooks, shown, user.name());
            listSaved();
            job.status().info(NLS.bind(messages.scenarioSaved, done.name()));
        } catch (RuntimeException e) {
            job.status().error(StatusLine.reason(e));
        }
    }

    /** Shows a saved comparison as it was saved, without calculating it again. */
    void open(String savedName) {
        scenarios.find(careChoice, savedName).ifPresent(s -> {
            shownRulebooks = s.rulebooks();
            name.setText(s.name());
            month.setText(s.comparison().period().toString());
            show(s.comparison());
            job.status().info(NLS.bind(messages.scenarioOpened, new Object[] { s.name(), s.savedBy(),
                SwedishFormat.time(s.savedAt()) }));
        });
    }

    /** Runs the checked rulebooks against the month in a background job. */
    void run() {
        List<ScenarioRulebook> chosen = Arrays.stream(candidates.getCheckedElements())
                .map(c -> new ScenarioRulebook(((RulebookChoice) c).name(), ((RulebookChoice) c).rulebook())).toList();
        YearMonth period;
        try {
            period = YearMonth.parse(month.getText().trim());
        } catch (DateTimeParseException e) {
            job.status().error(NLS.bind(messages.badMonth, month.getText()));
            return;
        }
        if (chosen.size() < 2) {
            job.status().error(messages.chooseTwo);
            return;
        }
        job.run(messages.runScenario, monitor -> scenarios.compare(careChoice, period, chosen, progress(monitor)),
                comparison -> {
                    shownRulebooks = chosen;
                    show(comparison);
                });
    }

    private ScenarioProgress progress(IProgressMonitor monitor) {
        return new ScenarioProgress() {
            @Override
            public void calculating(int index, int count, String name) {
                job.report(100 * index / count, NLS.bind(messages.calculatingRulebook,
                        new Object[] { name, index + 1, count }));
            }

            @Override
            public boolean cancelled() {
                return monitor.isCanceled();
            }
        };
    }

    private void show(ScenarioComparison comparison) {
        shown = comparison;
        componentNames = naming.namesOf(careChoice);
        table.show(comparison, componentNames);
        List<ScenarioUnit> units = ScenarioUnit.of(comparison);
        ScenarioUnit all = units.get(units.size() - 1);
        String totals = String.join(", ", IntStream.range(0, comparison.names().size())
                .mapToObj(i -> rulebookNames.of(comparison.names().get(i)) + " "
                        + SwedishFormat.kronor(all.total().amounts().get(i)))
                .toList());
        job.status().info(NLS.bind(messages.scenarioDone, SwedishFormat.month(comparison.period()), totals));
        chartOf(null);
    }

    /** The chart of every unit's total, or of the selected unit's components. */
    private void chartOf(Object selected) {
        if (shown == null) {
            return;
        }
        List<ScenarioUnit> units = ScenarioUnit.of(shown);
        if (selected instanceof ScenarioUnit unit && !unit.allUnits()) {
            chart.show(NLS.bind(messages.chartUnit, unit.total().unitName()), shownNames(),
                    unit.components().stream().map(ScenarioRow::component).map(componentNames).toList(),
                    unit.components(), NLS.bind(messages.chartComponentsUnlabelled, unit.components().size()));
            return;
        }
        List<ScenarioUnit> each = units.stream().filter(u -> !u.allUnits()).toList();
        chart.show(NLS.bind(messages.chartUnits, SwedishFormat.month(shown.period())), shownNames(),
                each.stream().map(u -> u.total().unitName()).toList(),
                each.stream().map(ScenarioUnit::total).toList(), NLS.bind(messages.chartUnitsUnlabelled, each.size()));
    }

    /** The shown comparison's rulebooks by the names the view gives them. */
    private List<String> shownNames() {
        return shown.names().stream().map(rulebookNames::of).toList();
    }

    private void export() {
        if (shown == null) {
            job.status().error(messages.nothingToExport);
            return;
        }
        FileDialog dialog = new FileDialog(month.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
        dialog.setFileName("scenario-" + careChoice + "-" + shown.period() + ".xlsx");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            export(Path.of(file));
        }
    }

    /** Writes the comparison shown as an xlsx workbook, or as CSV when the file is named {@code .csv}. */
    void export(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    scenarios.writeCsv(shown, out);
                }
            } else {
                try (OutputStream out = Files.newOutputStream(file)) {
                    scenarios.writeXlsx(shown, out);
                }
            }
            job.status().info(NLS.bind(messages.exported, file));
        } catch (IOException | RuntimeException e) {
            job.status().error(NLS.bind(messages.exportFailed, file, e.getMessage()));
        }
    }

    @Focus
    void focus() {
        candidates.getControl().setFocus();
    }

    @PreDestroy
    void dispose() {
        job.dispose();
    }
}
