package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunInputChanges;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * The payment run view built with e4 injection on the demo database: calculating March 2020 in a job, the totals per
 * provider and unit, a unit's drill-down, the charts, the warnings and an explanation, with a screenshot of each.
 */
class PaymentRunPartUiTest {

    private static final Pattern KRONOR = Pattern.compile("-?\\d{1,3}(\u00a0\\d{3})*,\\d{2} kr");
    private static final Duration JOB = Duration.ofMinutes(2);

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("Utbetalning", DemoDatabase.CARE_CHOICE, 1280, 860);
        view.make(PaymentRunPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void aVardvalWithoutRunsOpensOnItsRulebooksMonthWithEmptyCharts() throws Exception {
        view.close();
        view = PartShell.open("Utbetalning", "hud", 1280, 860);
        view.make(PaymentRunPart.class);

        assertEquals("2020-12", widget("run.period", Text.class).getText(), "hud's only rulebook is 2020's");
        for (String key : new String[] { "run.chart.units", "run.chart.history" }) {
            Chart chart = widget(key, Chart.class);
            assertEquals(0, chart.getSeriesSet().getSeries().length, key);
            String[] categories = chart.getAxisSet().getXAxis(0).getCategorySeries();
            assertTrue(categories == null || categories.length == 0, key);
            assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible(), key + " shows no numbers");
            assertEquals(widget("run.status", Label.class).getText(), chart.getTitle().getText(), key);
        }
        showTab(0);
        Screens.save(view.shell(), "run-no-run");

        RunStore runs = DemoDatabase.service(RunStore.class);
        click(widget("run.calculate", Button.class));
        Waits.until(view.display(), JOB, "the run of December 2020", () -> !runs.list("hud").isEmpty()
                && widget("run.status", Label.class).getText().contains("december 2020"));
        Waits.settle(view.display(), Duration.ofMillis(300));
        Chart units = widget("run.chart.units", Chart.class);
        assertTrue(units.getAxisSet().getYAxis(0).getTick().isVisible());
        assertBarsStandAtTheirAmounts(units);
        Screens.save(view.shell(), "run-first-run");
    }

    @Test
    void aRunWithoutLinesSaysSoInsteadOfDrawingEmptyAxes() throws Exception {
        view.close();
        view = PartShell.open("Utbetalning", "hud", 1280, 860);
        PaymentRunPart part = view.make(PaymentRunPart.class);
        PaymentRun empty = new PaymentRun(99, "hud", YearMonth.of(2020, 11), 2020, RunState.CALCULATED, "f", null,
                "admin", Instant.parse("2020-12-01T08:00:00Z"), null, null, null, BigDecimal.ZERO);

        part.show(new RunResult(empty, List.of(), List.of(), List.of()));
        Waits.settle(view.display(), Duration.ofMillis(300));

        for (String key : new String[] { "run.chart.units", "run.chart.history" }) {
            Chart chart = widget(key, Chart.class);
            assertEquals("Körningen har inga betalningsrader: inget att betala för månaden.",
                    chart.getTitle().getText(), key);
            assertEquals(0, chart.getSeriesSet().getSeries().length, key);
            assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible(), key + " shows no numbers");
        }
        assertTrue(widget("run.status", Label.class).getText().startsWith("Körning 99"));
        showTab(0);
        Screens.save(view.shell(), "run-without-lines");
    }

    /**
     * Each bar's height in pixels is the share of the y axis (payments above zero and deductions below it, on one
     * axis) from zero to where the bar ends, times the plot's height.
     */
    private static void assertBarsStandAtTheirAmounts(Chart chart) {
        Range range = chart.getAxisSet().getYAxis(0).getRange();
        int plotHeight = chart.getPlotArea().getSize().y;
        ISeries<?>[] series = chart.getSeriesSet().getSeries();
        assertTrue(series.length > 0);
        for (ISeries<?> one : series) {
            double[] ends = one.getYSeries();
            Rectangle[] bars = ((IBarSeries<?>) one).getBounds();
            for (int i = 0; i < ends.length; i++) {
                assertEquals(Math.abs(ends[i]) / (range.upper - range.lower) * plotHeight, bars[i].height, 2.0,
                        one.getId() + " of category " + i + ": " + Arrays.toString(bars));
            }
        }
    }

    @Test
    void calculatesAMonthAndShowsTotalsDrillDownChartsWarningsAndExplanations() throws Exception {
        RunStore runs = DemoDatabase.service(RunStore.class);
        int before = runs.list(DemoDatabase.CARE_CHOICE).size();

        widget("run.period", Text.class).setText("2020-03");
        click(widget("run.calculate", Button.class));
        assertTrue(widget("run.cancel", Button.class).getEnabled(), "cancel is offered while the job runs");
        Waits.until(view.display(), JOB, "the run of March 2020", () -> runs.list(DemoDatabase.CARE_CHOICE).size() > before
                && widget("run.status", Label.class).getText().contains("mars 2020"));
        assertFalse(widget("run.cancel", Button.class).getEnabled());
        PaymentRun run = runs.list(DemoDatabase.CARE_CHOICE).get(0);

        String status = widget("run.status", Label.class).getText();
        assertTrue(status.contains("Körning " + run.id()), status);
        assertTrue(status.contains(SwedishFormat.kronor(run.total())), status + " shows " + run.total());
        assertTrue(KRONOR.matcher(SwedishFormat.kronor(run.total())).matches());

        Tree totals = widget("run.totals", Tree.class);
        assertTrue(totals.getItemCount() > 0, "providers are listed");
        BigDecimal sum = BigDecimal.ZERO;
        for (TreeItem provider : totals.getItems()) {
            assertTrue(KRONOR.matcher(provider.getText(2)).matches(), provider.getText(2));
            sum = sum.add(SwedishFormat.parse(provider.getText(2)));
            assertTrue(provider.getItemCount() > 0, provider.getText(0) + " has its units below it");
        }
        assertEquals(0, run.total().compareTo(sum), "the provider totals add up to the run's total");
        Waits.settle(view.display(), Duration.ofMillis(300));
        Screens.save(view.shell(), "run-totals");

        TreeItem firstUnit = totals.getItem(0).getItem(0);
        Table lines = widget("run.lines", Table.class);
        assertTrue(lines.getItemCount() > 0, "the first unit's lines are shown");
        BigDecimal unitSum = BigDecimal.ZERO;
        List<String> codes = new ArrayList<>();
        for (TableItem line : lines.getItems()) {
            assertFalse(line.getText(0).isEmpty(), "a component");
            unitSum = unitSum.add(SwedishFormat.parse(line.getText(3)));
            codes.add(line.getText(4));
        }
        int capitation = codes.indexOf("AGE_CAPITATION");
        assertTrue(capitation >= 0, codes.toString());
        assertEquals("Åldersviktad vårdpeng", lines.getItem(capitation).getText(0), "the component by its name");
        assertEquals(SwedishFormat.parse(firstUnit.getText(2)), unitSum, "the drill-down adds up to the unit's total");
        assertColumnsFitTheirTexts(lines);

        Chart units = widget("run.chart.units", Chart.class);
        assertEquals(totalUnits(totals), units.getAxisSet().getXAxis(0).getCategorySeries().length);
        assertTrue(units.getAxisSet().getYAxis(0).getTick().isVisible(), "a shown run's amounts are on the axis");
        assertTrue(units.getSeriesSet().getSeries().length >= 3, "a stacked series per component");
        Map<String, Map<String, BigDecimal>> perUnit = amounts(runs.lines(run.id()), unitNames());
        assertStacked(units, perUnit);
        BigDecimal deductions = runs.lines(run.id()).stream().map(l -> l.amount()).filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        double bottoms = 0;
        for (int i = 0; i < perUnit.size(); i++) {
            bottoms += end(units, i, false);
        }
        assertEquals(deductions.doubleValue(), bottoms, 1.0, "the deductions' bars reach the run's deductions");
        assertEquals("Åldersviktad vårdpeng", units.getSeriesSet().getSeries("AGE_CAPITATION").getDescription(),
                "the legend names the component");
        showTab(0);
        Screens.save(view.shell(), "run-chart-units");

        showTab(1);
        Chart history = widget("run.chart.history", Chart.class);
        assertEquals(3, history.getAxisSet().getXAxis(0).getCategorySeries().length, "January to March 2020");
        String march = history.getAxisSet().getXAxis(0).getCategorySeries()[2];
        assertEquals(deductions.doubleValue(), end(history, 2, false), 1.0, march);
        assertStacked(history, Map.of(march, amounts(runs.lines(run.id()), h -> march).get(march)));
        for (ISeries<?> series : units.getSeriesSet().getSeries()) {
            ISeries<?> same = history.getSeriesSet().getSeries(series.getId());
            if (same != null) {
                assertEquals(((IBarSeries<?>) series).getBarColor().getRGB(),
                        ((IBarSeries<?>) same).getBarColor().getRGB(), series.getId() + " has one colour");
            }
        }
        Screens.save(view.shell(), "run-chart-history");

        showTab(2);
        assertTrue(widget("run.tabs", CTabFolder.class).getItem(2).getText().startsWith("Varningar ("));
        Screens.save(view.shell(), "run-warnings");

        lines.setSelection(0);
        lines.notifyListeners(SWT.DefaultSelection, new Event());
        Table explanation = widget("run.explanation", Table.class);
        Label summary = widget("run.explanation.summary", Label.class);
        String explaining = summary.getText();
        Waits.until(view.display(), JOB, "the explanation of " + lines.getItem(0).getText(0),
                () -> !summary.getText().equals(explaining));
        assertTrue(explanation.getColumnCount() > 0, summary.getText());
        assertTrue(summary.getText().startsWith(lines.getItem(0).getText(0) + " (" + lines.getItem(0).getText(4)
                + ") vid "), summary.getText());
        assertTrue(summary.getText().contains(" × à-pris "), summary.getText());
        assertTrue(explanation.getItemCount() > 0, "the persons behind " + lines.getItem(0).getText(0));
        Waits.settle(view.display(), Duration.ofMillis(400));
        Screens.save(view.shell(), "run-explanation");
        assertTrue(Files.size(Screens.save(view.shell(), "run-view")) > 10_000, "the screenshot is not empty");
    }

    /**
     * Every column is as wide as its texts, the component's name (a target payment's whole indicator) and the amounts
     * drawn before the vertical scrollbar.
     */
    private static void assertColumnsFitTheirTexts(Table table) {
        Waits.settle(table.getDisplay(), Duration.ofMillis(300));
        GC gc = new GC(table);
        try {
            for (int c = 0; c < table.getColumnCount(); c++) {
                int width = table.getColumn(c).getWidth();
                for (TableItem item : table.getItems()) {
                    assertTrue(gc.textExtent(item.getText(c)).x <= width, table.getColumn(c).getText() + " ("
                            + width + " px) cuts " + item.getText(c));
                }
            }
        } finally {
            gc.dispose();
        }
        TableFit.assertColumnsWholeBesideTheScrollbar(table, 0, 1, 2, 3);
    }

    /** Each category's amounts per component, the categories named by {@code category} of a line's unit. */
    private static Map<String, Map<String, BigDecimal>> amounts(List<PaymentLine> lines,
            Function<String, String> category) {
        Map<String, Map<String, BigDecimal>> amounts = new HashMap<>();
        for (PaymentLine line : lines) {
            amounts.computeIfAbsent(category.apply(line.hsaId()), c -> new HashMap<>()).merge(line.component(),
                    line.amount(), BigDecimal::add);
        }
        return amounts;
    }

    private static Function<String, String> unitNames() throws InterruptedException {
        Map<String, String> names = DemoDatabase.service(MasterDataStore.class).units().stream()
                .collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
        return names::get;
    }

    /**
     * One bar per category, its payments stacked up from zero and its deductions down from it: the bars of the
     * category stand on one x, and each component's part (its end less the next end nearer zero) is its amount.
     */
    private static void assertStacked(Chart chart, Map<String, Map<String, BigDecimal>> amounts) {
        String[] categories = chart.getAxisSet().getXAxis(0).getCategorySeries();
        ISeries<?>[] all = chart.getSeriesSet().getSeries();
        for (int i = 0; i < categories.length; i++) {
            Map<String, BigDecimal> expected = amounts.get(categories[i]);
            if (expected == null) {
                continue;
            }
            Set<Integer> xs = new HashSet<>();
            int index = i;
            for (ISeries<?> series : all) {
                double end = series.getYSeries()[i];
                if (end == 0) {
                    continue;
                }
                xs.add(((IBarSeries<?>) series).getBounds()[i].x);
                double nearer = Arrays.stream(all).mapToDouble(s -> s.getYSeries()[index])
                        .filter(e -> e != 0 && Math.signum(e) == Math.signum(end) && Math.abs(e) < Math.abs(end))
                        .map(Math::abs).max().orElse(0) * Math.signum(end);
                String component = series.getId().replace(" \u2212", "");
                assertEquals(expected.get(component).doubleValue(), end - nearer, 0.01,
                        categories[i] + ": " + series.getId());
            }
            assertEquals(1, xs.size(), categories[i] + " is one bar: " + xs);
            assertEquals(sum(expected, true), end(chart, i, true), 0.01, categories[i] + "'s payments");
            assertEquals(sum(expected, false), end(chart, i, false), 0.01, categories[i] + "'s deductions");
        }
    }

    private static double sum(Map<String, BigDecimal> amounts, boolean positive) {
        return amounts.values().stream().filter(a -> a.signum() > 0 == positive && a.signum() != 0)
                .mapToDouble(BigDecimal::doubleValue).sum();
    }

    /** Where the category's stack of payments (or deductions) ends: its bar farthest from zero. */
    private static double end(Chart chart, int category, boolean positive) {
        return Arrays.stream(chart.getSeriesSet().getSeries()).mapToDouble(s -> s.getYSeries()[category])
                .map(e -> positive ? Math.max(e, 0) : Math.min(e, 0))
                .reduce(0, (a, b) -> positive ? Math.max(a, b) : Math.min(a, b));
    }

    @Test
    void aFileImportedAfterTheRunIsItsFirstWarningItsHintAndPrefacesItsExplanations() throws Exception {
        PaymentRun run = DemoDatabase.service(PaymentRunService.class).run(DemoDatabase.CARE_CHOICE,
                YearMonth.of(2020, 4), DemoDatabase.ADMINISTRATOR);
        view.close();
        view = PartShell.open("Utbetalning", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE,
                ClientTags.ITEM, Long.toString(run.id())), 1280, 860);
        PaymentRunPart part = view.make(PaymentRunPart.class);
        assertEquals("Beräknad: attesteras av en annan användare än den som beräknade",
                widget("run.actionHint", Label.class).getText());
        int stored = widget("run.warnings", Table.class).getItemCount();

        DemoDatabase.service(AuditLog.class).record("karin", RunInputChanges.IMPORTED_FILE, "listings-2020-04.csv",
                RunInputChanges.IMPORTED, null, "{\"rows\":1}");
        part.dataChanged("import");

        assertEquals("Underlaget har ändrats efter beräkningen (se Varningar): beräkna månaden igen före attest",
                widget("run.actionHint", Label.class).getText(), "an import elsewhere is noticed at once");
        showTab(2);
        Table warnings = widget("run.warnings", Table.class);
        assertEquals(RunInputChanges.CODE, warnings.getItem(0).getText(1));
        assertTrue(warnings.getItem(0).getText(2).startsWith("listings-2020-04.csv importerad "),
                warnings.getItem(0).getText(2));
        String calculated = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(run.createdAt().atZone(ZoneId.systemDefault()));
        assertTrue(warnings.getItem(0).getText(2).endsWith(" av karin efter att körningen beräknades " + calculated
                + "; körningen räknar inte med det; beräkna månaden igen före attest"), warnings.getItem(0).getText(2));
        assertEquals(stored + 1, warnings.getItemCount(), "the run's own warnings stay, after the new one");
        assertEquals("Varningar (" + warnings.getItemCount() + ")",
                widget("run.tabs", CTabFolder.class).getItem(2).getText());
        Text detail = widget("run.warning.detail", Text.class);
        assertEquals("Välj en varning för att läsa hela meddelandet.", detail.getText());
        warnings.select(0);
        warnings.notifyListeners(SWT.Selection, new Event());
        assertEquals(warnings.getItem(0).getText(2), detail.getText(), "the whole message the table cuts");
        Waits.settle(view.display(), Duration.ofMillis(400));
        Screens.save(view.shell(), "run-warnings-input-changed");

        Table lines = widget("run.lines", Table.class);
        lines.setSelection(0);
        lines.notifyListeners(SWT.DefaultSelection, new Event());
        Label summary = widget("run.explanation.summary", Label.class);
        String explaining = summary.getText();
        Waits.until(view.display(), JOB, "the explanation", () -> !summary.getText().equals(explaining));
        assertTrue(summary.getText().startsWith("Underlaget har ändrats efter att körningen beräknades (se "
                + "varningarna): raderna nedan kommer ur dagens underlag och kan skilja sig från körningens belopp.\n"
                + lines.getItem(0).getText(0) + " ("), summary.getText());
        Waits.settle(view.display(), Duration.ofMillis(400));
        Screens.save(view.shell(), "run-explanation-input-changed");
    }

    private void showTab(int index) {
        widget("run.tabs", CTabFolder.class).setSelection(index);
        Waits.settle(view.display(), Duration.ofMillis(400));
    }

    private static int totalUnits(Tree totals) {
        return Arrays.stream(totals.getItems()).mapToInt(TreeItem::getItemCount).sum();
    }

    private static void click(Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }
}
