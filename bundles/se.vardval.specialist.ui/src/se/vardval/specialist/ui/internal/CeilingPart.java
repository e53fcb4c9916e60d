package se.vardval.specialist.ui.internal;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.specialist.Production;
import se.vardval.specialist.ui.internal.ProductionYear.ProviderYear;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.views.Background;
import se.vardval.ui.views.CareChoiceNames;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.ChartAxes;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;
import se.vardval.ui.views.Split;

/**
 * Each provider's production against its annual ceiling (takbelopp) over a year: a table of production, the part
 * above the ceiling and the reductions paid, and a chart of the cumulative production per provider month by month
 * with the ceiling as a line; a year without runs up to the month clears the chart and titles it so.
 */
public class CeilingPart {

    private static final int[][] PALETTE = { { 31, 119, 180 }, { 255, 127, 14 }, { 44, 160, 44 }, { 148, 103, 189 },
        { 140, 86, 75 }, { 227, 119, 194 }, { 127, 127, 127 }, { 188, 189, 34 }, { 23, 190, 207 } };

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Service
    RunStore runs;

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    private String careChoice;
    private MonthBar bar;
    private TableViewer table;
    private Chart chart;
    private BigDecimal ceiling;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.upTo, messages.show, "ceiling", null, this::show);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        table = Tables.table(sash, "ceiling.table");
        table.setContentProvider(ArrayContentProvider.getInstance());
        Tables.column(table, ProviderYear.class, messages.provider, 300, ProviderYear::name);
        Tables.numberColumn(table, ProviderYear.class, messages.ceiling, 130,
                p -> ceiling == null ? messages.noCeiling : SwedishFormat.kronor(ceiling));
        Tables.numberColumn(table, ProviderYear.class, messages.production, 150,
                p -> SwedishFormat.kronor(p.totalProduction()));
        Tables.numberColumn(table, ProviderYear.class, messages.aboveCeiling, 150,
                p -> ceiling == null ? "" : SwedishFormat.kronor(p.above(ceiling)));
        Tables.numberColumn(table, ProviderYear.class, messages.reduction, 140,
                p -> SwedishFormat.kronor(p.totalReduction()));
        Tables.numberColumn(table, ProviderYear.class, messages.paid, 150,
                p -> SwedishFormat.kronor(p.totalProduction().add(p.totalReduction())));
        chart = CategoryCharts.of(sash, "ceiling.chart", messages.ceilingTitle, messages.kronor, "#,##0");
        chart.getLegend().setPosition(SWT.RIGHT);
        sash.setWeights(30, 70);
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private void show(YearMonth month) {
        bar.summary(messages.reading);
        Background.read(messages.reading, sync, chart, () -> read(month), y -> show(month, y), bar::summary);
    }

    /** What the view shows for a year: the production and the rulebook's ceiling (null: none) and rate above it. */
    private record Shown(ProductionYear production, BigDecimal ceiling, BigDecimal rate) {
    }

    private Optional<Shown> read(YearMonth month) {
        Optional<Rulebook> rulebook = rulebooks.find(careChoice, month.getYear());
        if (rulebook.isEmpty()) {
            return Optional.empty();
        }
        List<PaymentRun> all = runs.list(careChoice);
        Map<String, String> providerOfUnit = masterData.units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::orgNr, (a, b) -> a));
        Map<String, String> names = masterData.providers().stream()
                .collect(Collectors.toMap(Provider::orgNr, Provider::name, (a, b) -> a));
        return Optional.of(new Shown(ProductionYear.of(month, all, runs::lines, providerOfUnit, names),
                Production.ceiling(rulebook.get().parameters()).orElse(null),
                Production.rateAboveCeiling(rulebook.get().parameters())));
    }

    private void show(YearMonth month, Optional<Shown> read) {
        if (read.isEmpty()) {
            String why = NLS.bind(messages.noRulebook, CareChoiceNames.of(masterData, careChoice), month.getYear());
            bar.summary(why);
            table.setInput(List.of());
            ChartAxes.empty(chart, why);
            return;
        }
        ProductionYear production = read.get().production();
        ceiling = read.get().ceiling();
        BigDecimal rate = read.get().rate();
        table.setInput(production.providers());
        if (production.approvedMonths().isEmpty() && production.calculatedMonths().isEmpty()) {
            ChartAxes.empty(chart, NLS.bind(messages.noRuns, month.getYear()));
        } else {
            chart(production);
        }
        long above = ceiling == null ? 0 : production.providers().stream()
                .filter(p -> p.above(ceiling).signum() > 0).count();
        bar.summary(NLS.bind(messages.ceilingSummary, new Object[] { SwedishFormat.month(month),
                production.providers().size(),
                ceiling == null ? messages.noCeiling : SwedishFormat.kronor(ceiling), SwedishFormat.number(rate),
                above, ProductionYear.months(production.approvedMonths()),
                ProductionYear.months(production.calculatedMonths()) }));
    }

    private void chart(ProductionYear production) {
        ChartAxes.begin(chart, messages.ceilingTitle);
        int last = Math.max(1, java.util.stream.Stream.concat(production.approvedMonths().stream(),
                production.calculatedMonths().stream()).mapToInt(Integer::intValue).max().orElse(1));
        chart.getAxisSet().getXAxis(0).setCategorySeries(IntStream.rangeClosed(1, last)
                .mapToObj(m -> Month.of(m).getDisplayName(TextStyle.SHORT, SwedishFormat.SWEDISH))
                .toArray(String[]::new));
        int colour = 0;
        for (ProviderYear provider : production.providers()) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                    provider.name());
            line.setYSeries(IntStream.rangeClosed(1, last).mapToDouble(m -> provider.cumulated(m).doubleValue())
                    .toArray());
            int[] rgb = PALETTE[colour++ % PALETTE.length];
            line.setLineColor(new Color(rgb[0], rgb[1], rgb[2]));
            line.setSymbolColor(new Color(rgb[0], rgb[1], rgb[2]));
            line.setLineWidth(2);
        }
        if (ceiling != null) {
            ILineSeries<?> roof = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE,
                    messages.ceilingLine);
            roof.setYSeries(IntStream.rangeClosed(1, last).mapToDouble(m -> ceiling.doubleValue()).toArray());
            roof.setLineColor(new Color(214, 39, 40));
            roof.setLineStyle(LineStyle.DASH);
            roof.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            roof.setLineWidth(2);
        }
        chart.getAxisSet().adjustRange();
        Range y = chart.getAxisSet().getYAxis(0).getRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, y.upper * 1.1)));
        chart.redraw();
    }
}
