package se.vardval.ui.followup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.Sex;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.FollowUpTrend;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.views.CareChoiceNames;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.Split;

/**
 * Follow-up of a vårdval for a month: every unit's indicators (imported, and with a check also continuity and
 * coverage computed from the activities) beside the regional value for women, men or everyone, small groups
 * suppressed as on the public page; below, the selected unit's indicator over the last twelve months for women, men
 * and everyone against the region.
 */
public class FollowUpPart {

    static final int TREND_MONTHS = 12;
    private static final int BAR_COLUMNS = 7;

    private static final int[] WOMEN = { 214, 39, 40 };
    private static final int[] MEN = { 31, 119, 180 };
    private static final int[] EVERYONE = { 44, 160, 44 };
    private static final int[] REGION = { 110, 110, 110 };

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
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    private String careChoice;
    private Text month;
    private Button computed;
    private Combo sex;
    private Label summary;
    private IndicatorTable table;
    private Combo indicator;
    private TrendChart chart;
    private FollowUpTrend trend;
    private int request;
    Function<String, String> saveAs = this::chooseFile;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        part.setLabel(NLS.bind(messages.followUp_partLabel, CareChoiceNames.of(masterData, careChoice)));
        GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(parent);
        Composite bar = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        GridLayoutFactory.fillDefaults().numColumns(BAR_COLUMNS).margins(6, 6).applyTo(bar);
        new Label(bar, SWT.NONE).setText(messages.run_period);
        month = new Text(bar, SWT.BORDER);
        month.setData(ClientTags.WIDGET_KEY, "followup.month");
        GridDataFactory.fillDefaults().hint(80, SWT.DEFAULT).applyTo(month);
        computed = new Button(bar, SWT.CHECK);
        computed.setText(messages.followUp_computed);
        computed.setData(ClientTags.WIDGET_KEY, "followup.computed");
        Button show = new Button(bar, SWT.PUSH);
        show.setText(messages.followUp_show);
        show.setData(ClientTags.WIDGET_KEY, "followup.show");
        new Label(bar, SWT.NONE).setText(messages.followUp_sex);
        sex = new Combo(bar, SWT.READ_ONLY);
        sex.setData(ClientTags.WIDGET_KEY, "followup.sex");
        sex.setItems(messages.followUp_everyone, messages.followUp_women, messages.followUp_men);
        sex.select(0);
        Button publish = new Button(bar, SWT.PUSH);
        publish.setText(messages.followUp_publish);
        publish.setData(ClientTags.WIDGET_KEY, "followup.publish");
        publish.addListener(SWT.Selection, e -> publish());
        summary = new Label(bar, SWT.WRAP);
        summary.setData(ClientTags.WIDGET_KEY, "followup.summary");
        GridDataFactory.fillDefaults().grab(true, false).span(BAR_COLUMNS, 1).hint(200, SWT.DEFAULT).applyTo(summary);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        table = new IndicatorTable(sash, messages);
        createTrend(sash);
        sash.setWeights(55, 45);
        show.addListener(SWT.Selection, e -> show());
        month.addListener(SWT.DefaultSelection, e -> show());
        sex.addListener(SWT.Selection, e -> showTable());
        table.viewer().addSelectionChangedListener(e -> showTrend());
        month.setText(DefaultMonth.of(runs, rulebooks, careChoice).toString());
        show();
    }

    /** Writes the shown month's comparison page to a file the user chooses. */
    private void publish() {
        if (trend == null) {
            return;
        }
        FollowUpReport report = trend.months().get(trend.months().size() - 1);
        String chosen = saveAs.apply("jamforelse-" + careChoice + "-" + report.period() + ".html");
        if (chosen == null) {
            return;
        }
        Path page = Path.of(chosen);
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            followUp.writePage(report, out);
            summary.setText(NLS.bind(messages.followUp_published, page));
        } catch (IOException e) {
            summary.setText(NLS.bind(messages.followUp_notPublished, page, e.getMessage()));
        }
        summary.getParent().layout();
    }

    /** Asks where to save a file, suggesting a name; null when the user cancels. */
    private String chooseFile(String suggested) {
        FileDialog dialog = new FileDialog(summary.getShell(), SWT.SAVE);
        dialog.setFileName(suggested);
        dialog.setFilterExtensions(new String[] { "*.html" });
        dialog.setOverwrite(true);
        return dialog.open();
    }

    private void createTrend(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(6, 6).applyTo(area);
        new Label(area, SWT.NONE).setText(messages.followUp_indicator);
        indicator = new Combo(area, SWT.READ_ONLY);
        indicator.setData(ClientTags.WIDGET_KEY, "followup.indicator");
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(indicator);
        indicator.addListener(SWT.Selection, e -> showTrend());
        chart = new TrendChart(area, "");
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(chart.control());
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
        int ticket = ++request;
        summary.setText(messages.followUp_reading);
        Job.create(messages.followUp_reading, monitor -> {
            try {
                FollowUpTrend read = followUp.trend(careChoice, period.minusMonths(TREND_MONTHS - 1L), period,
                        withComputed, FollowUp.DEFAULT_MINIMUM_COUNT);
                sync.asyncExec(() -> shown(read, period, ticket));
            } catch (UserError e) {
                sync.asyncExec(() -> {
                    if (!summary.isDisposed() && ticket == request) {
                        nothingToShow(e.getMessage());
                    }
                });
            }
        }).schedule();
    }

    /** Shows what a job read unless the part is gone or the user asked for another month since. */
    private void shown(FollowUpTrend read, YearMonth period, int ticket) {
        if (summary.isDisposed() || ticket != request) {
            return;
        }
        FollowUpReport report = read.months().get(read.months().size() - 1);
        if (!report.period().equals(period)) {
            nothingToShow(NLS.bind(messages.followUp_noUnits, SwedishFormat.month(period)));
            return;
        }
        trend = read;
        String chosen = indicator.getSelectionIndex() < 0 ? null : indicator.getItem(indicator.getSelectionIndex());
        indicator.setItems(report.indicators().stream().map(IndicatorDefinition::name).toArray(String[]::new));
        indicator.select(Math.max(0, indicator.indexOf(chosen == null ? "" : chosen)));
        showTable();
        summary.setText(NLS.bind(messages.followUp_summary, new Object[] { SwedishFormat.month(report.period()),
                report.units().size(), report.indicators().size(), report.minimumCount() }));
        summary.getParent().layout();
    }

    /** Empties the table and the trend, so that no earlier month's figures stay, and says why. */
    private void nothingToShow(String why) {
        trend = null;
        table.clear();
        indicator.removeAll();
        chart.clear(why);
        summary.setText(why);
        summary.getParent().layout();
    }

    private void showTable() {
        if (trend != null) {
            table.show(trend.months().get(trend.months().size() - 1), selectedSex());
            showTrend();
        }
    }

    private Sex selectedSex() {
        return switch (sex.getSelectionIndex()) {
            case 1 -> Sex.F;
            case 2 -> Sex.M;
            default -> null;
        };
    }

    private void showTrend() {
        if (trend == null) {
            return;
        }
        if (indicator.getSelectionIndex() < 0) {
            chart.clear(NLS.bind(messages.followUp_noIndicators,
                    SwedishFormat.month(trend.months().get(trend.months().size() - 1).period())));
            return;
        }
        IndicatorDefinition shown = trend.months().get(trend.months().size() - 1).indicators()
                .get(indicator.getSelectionIndex());
        String hsaId = table.selectedHsaId();
        List<TrendChart.Line> lines = new ArrayList<>();
        if (hsaId != null) {
            lines.add(new TrendChart.Line(messages.followUp_women, trend.series(hsaId, shown.code(), Sex.F),
                    WOMEN, false));
            lines.add(new TrendChart.Line(messages.followUp_men, trend.series(hsaId, shown.code(), Sex.M), MEN,
                    false));
            lines.add(new TrendChart.Line(messages.followUp_everyone, trend.series(hsaId, shown.code(), null),
                    EVERYONE, false));
        } else {
            lines.add(new TrendChart.Line(messages.followUp_women, trend.series(null, shown.code(), Sex.F), WOMEN,
                    true));
            lines.add(new TrendChart.Line(messages.followUp_men, trend.series(null, shown.code(), Sex.M), MEN, true));
        }
        lines.add(new TrendChart.Line(messages.followUp_region, trend.series(null, shown.code(), null), REGION,
                true));
        chart.show(NLS.bind(messages.followUp_trendTitle, shown.name(), table.selectedName()),
                NLS.bind(messages.followUp_noValues, shown.name(), table.selectedName()), shown,
                trend.months().stream().map(FollowUpReport::period).toList(), lines);
    }
}
