package se.vardval.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.LineStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.followup.Cell;
import se.vardval.followup.FollowUpTrend.Point;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorScale;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/** The follow-up trend: a unit without a shown value in any month is an empty chart that says so, not an empty grid. */
class TrendChartUiTest {

    private static final IndicatorDefinition CONTINUITY = new IndicatorDefinition("CONTINUITY_DOCTOR",
            "Kontinuitet hos läkare", "", IndicatorScale.PERCENT, true);
    private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2025, 11), YearMonth.of(2025, 12));
    private static final String WHY = "Kontinuitet hos läkare: Folktandvården Bräcke har inget värde att visa";

    private Shell shell;
    private TrendChart trend;

    @BeforeEach
    void open() {
        shell = new Shell(Displays.require());
        shell.setLayout(new FillLayout());
        trend = new TrendChart(shell, "%");
        shell.setSize(900, 400);
        shell.open();
    }

    @AfterEach
    void close() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void aUnitWithoutShownValuesIsAnEmptyChartThatSaysWhy() throws Exception {
        trend.show("Kontinuitet hos läkare: Folktandvården Bräcke", WHY, CONTINUITY, MONTHS,
                List.of(line(new Cell(Cell.State.MISSING, null), new Cell(Cell.State.SUPPRESSED, null))));

        Chart chart = trend.control();
        assertEquals(WHY, chart.getTitle().getText());
        assertEquals(0, chart.getSeriesSet().getSeries().length);
        assertEquals(LineStyle.NONE, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
        Waits.settle(shell.getDisplay(), Duration.ofMillis(500));
        Screens.save(shell, "followup-trend-no-values");

        trend.show("Kontinuitet hos läkare: Folktandvården Bräcke", WHY, CONTINUITY, MONTHS,
                List.of(line(new Cell(Cell.State.SHOWN, new BigDecimal("0.5")), new Cell(Cell.State.MISSING, null))));
        assertEquals("Kontinuitet hos läkare: Folktandvården Bräcke", chart.getTitle().getText());
        assertEquals(1, chart.getSeriesSet().getSeries().length);
        assertEquals(LineStyle.DOT, chart.getAxisSet().getYAxis(0).getGrid().getStyle());
    }

    private static TrendChart.Line line(Cell november, Cell december) {
        return new TrendChart.Line("Alla", List.of(new Point(MONTHS.get(0), november), new Point(MONTHS.get(1),
                december)), new int[] { 44, 160, 44 }, false);
    }
}
