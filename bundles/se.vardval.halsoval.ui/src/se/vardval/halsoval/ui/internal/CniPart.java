package se.vardval.halsoval.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

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
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.halsoval.ui.internal.ListedPopulation.UnitFacts;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;
import se.vardval.ui.views.Background;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.ChartAxes;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;
import se.vardval.ui.views.Split;

/** Hälsoval's Care Need Index per unit for a month: a table of listed persons, index and CNI, and a bar chart. */
public class CniPart {

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
    ModelCatalog models;

    @Inject
    @Service
    RunDataSource data;

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
    private ListedPopulation shown;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.month, messages.show, "cni", null, this::show);
        SashForm sash = Split.filling(parent, SWT.HORIZONTAL);
        table = Tables.table(sash, "cni.table");
        table.setContentProvider(ArrayContentProvider.getInstance());
        Tables.column(table, UnitFacts.class, messages.unit, 230, u -> u.unit().name());
        Tables.numberColumn(table, UnitFacts.class, messages.listed, 80,
                u -> SwedishFormat.number(BigDecimal.valueOf(u.listed())));
        Tables.numberColumn(table, UnitFacts.class, messages.index, 140, u -> SwedishFormat.fixed(shown.index(u), 2));
        Tables.numberColumn(table, UnitFacts.class, messages.cni, 80, u -> SwedishFormat.fixed(shown.cni(u), 2));
        chart = CategoryCharts.of(sash, "cni.chart", messages.cniTitle, messages.cni, "0.00");
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
        sash.setWeights(42, 58);
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private void show(YearMonth month) {
        bar.summary(messages.reading);
        PopulationReader reader = new PopulationReader(masterData, rulebooks, models, data);
        Background.read(messages.reading, sync, chart, () -> reader.read(careChoice, month),
                population -> population.ifPresentOrElse(p -> show(month, p), () -> empty(month)),
                bar::summary);
    }

    /** A month whose year has no rulebook: no units, no bars, and the reason in the chart's title. */
    private void empty(YearMonth month) {
        String why = NLS.bind(messages.noRulebook, month.getYear());
        table.setInput(List.of());
        ChartAxes.empty(chart, why);
        bar.summary(why);
    }

    private void show(YearMonth month, ListedPopulation population) {
        List<UnitFacts> units = population.units().stream().filter(u -> u.listed() > 0)
                .sorted(Comparator.comparing(population::cni).reversed()).toList();
        shown = population;
        table.setInput(units);
        chart(units, population);
        double min = units.stream().mapToDouble(u -> population.cni(u).doubleValue()).min().orElse(0);
        double max = units.stream().mapToDouble(u -> population.cni(u).doubleValue()).max().orElse(0);
        bar.summary(NLS.bind(messages.cniSummary, new Object[] { SwedishFormat.month(month),
                SwedishFormat.number(BigDecimal.valueOf(population.listed())), SwedishFormat.date(population.day()),
                SwedishFormat.fixed(BigDecimal.valueOf(min), 2), SwedishFormat.fixed(BigDecimal.valueOf(max), 2) }));
    }

    private void chart(List<UnitFacts> units, ListedPopulation population) {
        ChartAxes.begin(chart, messages.cniTitle);
        ChartAxes.categories(chart, units.stream().map(u -> u.unit().name()).toArray(String[]::new),
                NLS.bind(messages.cniUnlabelled, units.size()));
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, messages.cni);
        bars.setYSeries(units.stream().mapToDouble(u -> population.cni(u).doubleValue()).toArray());
        bars.setBarColor(new Color(31, 119, 180));
        ILineSeries<?> mean = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, messages.reference);
        mean.setYSeries(units.stream().mapToDouble(u -> 1.0).toArray());
        mean.setLineColor(new Color(214, 39, 40));
        mean.setSymbolType(ILineSeries.PlotSymbolType.NONE);
        chart.getAxisSet().adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0,
                Math.max(1.2, chart.getAxisSet().getYAxis(0).getRange().upper * 1.05)));
        chart.redraw();
    }
}
