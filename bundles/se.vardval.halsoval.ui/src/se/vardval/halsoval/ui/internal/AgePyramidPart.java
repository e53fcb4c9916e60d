package se.vardval.halsoval.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
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
import se.vardval.ui.views.Background;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.ChartAxes;
import se.vardval.ui.views.Choices;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;

/** The persons listed at a unit (or all units) by five-year age band and sex, as an age pyramid. */
public class AgePyramidPart {

    private static final String[] BANDS = new String[ListedPopulation.BANDS];

    static {
        for (int band = 0; band < BANDS.length; band++) {
            BANDS[band] = band == BANDS.length - 1 ? band * 5 + "+" : band * 5 + "\u2013" + (band * 5 + 4);
        }
    }

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
    private Combo unit;
    private Chart chart;
    private YearMonth month;
    private ListedPopulation shown;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.month, messages.show, "pyramid", this::unitChoice, this::show);
        chart = CategoryCharts.of(parent, "pyramid.chart", messages.pyramidTitle, messages.persons, "#,##0;#,##0");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
        chart.setOrientation(SWT.VERTICAL);
        chart.getAxisSet().getXAxis(0).setCategorySeries(BANDS);
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private Control unitChoice(Composite parent) {
        unit = Choices.withAll(parent, "pyramid.unit", messages.allUnits, () -> {
            if (shown != null) {
                draw(shown);
            }
        });
        return unit;
    }

    private void show(YearMonth chosen) {
        month = chosen;
        bar.summary(messages.reading);
        PopulationReader reader = new PopulationReader(masterData, rulebooks, models, data);
        Background.read(messages.reading, sync, chart, () -> reader.read(careChoice, chosen),
                population -> population.ifPresentOrElse(this::shown, () -> empty(chosen)),
                bar::summary);
    }

    /** A month whose year has no rulebook: no units to choose, no bars, and the reason in the chart's title. */
    private void empty(YearMonth chosen) {
        String why = NLS.bind(messages.noRulebook, chosen.getYear());
        shown = null;
        Choices.refill(unit, messages.allUnits, List.of());
        ChartAxes.empty(chart, why);
        bar.summary(why);
    }

    private void shown(ListedPopulation population) {
        shown = population;
        Choices.refill(unit, messages.allUnits, population.units().stream().filter(u -> u.listed() > 0)
                .map(u -> u.unit().name()).toList());
        bar.summary("");
        draw(population);
    }

    private void draw(ListedPopulation population) {
        List<UnitFacts> units = population.units().stream()
                .filter(u -> unit.getSelectionIndex() <= 0 || u.unit().name().equals(unit.getText())).toList();
        double[] women = new double[BANDS.length];
        double[] men = new double[BANDS.length];
        int womenTotal = 0;
        int menTotal = 0;
        for (UnitFacts facts : units) {
            for (int band = 0; band < BANDS.length; band++) {
                women[band] += facts.women()[band];
                men[band] -= facts.men()[band];
                womenTotal += facts.women()[band];
                menTotal += facts.men()[band];
            }
        }
        ChartAxes.begin(chart, messages.pyramidTitle);
        bars(messages.men, men, new Color(31, 119, 180));
        bars(messages.women, women, new Color(214, 90, 140));
        double widest = 1;
        for (int band = 0; band < BANDS.length; band++) {
            widest = Math.max(widest, Math.max(women[band], -men[band]));
        }
        chart.getAxisSet().getXAxis(0).adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(-widest * 1.1, widest * 1.1));
        chart.redraw();
        bar.summary(NLS.bind(messages.pyramidSummary, new Object[] { unit.getText(),
                SwedishFormat.number(BigDecimal.valueOf(womenTotal + menTotal)), SwedishFormat.date(population.day()),
                SwedishFormat.number(BigDecimal.valueOf(womenTotal)), SwedishFormat.number(BigDecimal.valueOf(menTotal)) }));
    }

    private void bars(String name, double[] values, Color color) {
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, name);
        series.setYSeries(values);
        series.setBarColor(color);
        series.setBarOverlay(true);
        series.setBarPadding(10);
    }
}
