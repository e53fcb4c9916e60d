package se.vardval.halsoval.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.CategoryCharts;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;
import se.vardval.ui.views.ChartAxes;
import se.vardval.ui.views.ComponentColours;

/**
 * The component mix per unit in a month's newest run: each component's share of the unit's payments (deductions left
 * out), as 100 % stacked bars, so that units whose money comes from different parts of the model stand out.
 */
public class ComponentMixPart {

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
    @Service
    ComponentNaming naming;

    @Inject
    MPart part;

    private String careChoice;
    private MonthBar bar;
    private Chart chart;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.month, messages.show, "mix", null, this::show);
        chart = CategoryCharts.of(parent, "mix.chart", messages.mixTitle, messages.share, "0");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(chart);
        chart.getLegend().setPosition(SWT.RIGHT);
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private void show(YearMonth month) {
        PaymentRun run = runs.list(careChoice).stream().filter(r -> r.period().equals(month)).findFirst().orElse(null);
        if (run == null) {
            String noRun = NLS.bind(messages.noRun, SwedishFormat.month(month));
            chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
            chart.getAxisSet().getXAxis(0).setCategorySeries(new String[0]);
            ChartAxes.empty(chart, noRun);
            bar.summary(noRun);
            return;
        }
        ChartAxes.begin(chart, messages.mixTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(true);
        Map<String, String> names = masterData.units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
        Map<String, List<PaymentLine>> byUnit = runs.lines(run.id()).stream()
                .filter(l -> l.amount().signum() > 0)
                .collect(Collectors.groupingBy(l -> names.getOrDefault(l.hsaId(), l.hsaId()), TreeMap::new,
                        Collectors.toList()));
        List<String> units = List.copyOf(byUnit.keySet());
        TreeSet<String> components = byUnit.values().stream().flatMap(List::stream).map(PaymentLine::component)
                .collect(Collectors.toCollection(TreeSet::new));
        ChartAxes.categories(chart, units.toArray(String[]::new), NLS.bind(messages.mixUnlabelled, units.size()));
        UnaryOperator<String> componentNames = naming.namesOf(careChoice);
        Map<String, RGB> colours = ComponentColours.of(components);
        for (String component : components) {
            double[] shares = new double[units.size()];
            for (int i = 0; i < shares.length; i++) {
                shares[i] = share(byUnit.get(units.get(i)), component);
            }
            IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, component);
            series.setDescription(componentNames.apply(component));
            series.setBarColor(new Color(colours.get(component)));
            series.setYSeries(shares);
            series.enableStack(true);
            series.setBarPadding(20);
        }
        chart.getAxisSet().getXAxis(0).adjustRange();
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, 100));
        chart.redraw();
        bar.summary(NLS.bind(messages.mixSummary, run.id(), SwedishFormat.month(month)));
    }

    private static double share(List<PaymentLine> lines, String component) {
        BigDecimal total = lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal part = lines.stream().filter(l -> l.component().equals(component)).map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return total.signum() == 0 ? 0 : part.doubleValue() * 100 / total.doubleValue();
    }
}
