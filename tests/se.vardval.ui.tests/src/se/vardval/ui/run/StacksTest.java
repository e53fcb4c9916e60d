package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A unit's bar with two payments and two deductions: each part ends at the running sum of its side in the series'
 * order, and an amount on the y axis names the part that covers it.
 */
class StacksTest {

    private final Stacks stacks = Stacks.of(new ChartData(List.of("Hälsocentralen Hede", "Hälsocentralen Sveg"),
            series()));

    @Test
    void eachPartEndsAtTheRunningSumOfItsSide() {
        assertArrayEquals(new double[] { 400, 0 }, stacks.up().get("AGE_CAPITATION"));
        assertArrayEquals(new double[] { 0, 0 }, stacks.down().get("AGE_CAPITATION"), "no deduction");
        assertArrayEquals(new double[] { 480, 50 }, stacks.up().get("CNI"));
        assertArrayEquals(new double[] { -150, -30 }, stacks.down().get("COST_DRUGS"));
        assertArrayEquals(new double[] { -170, 0 }, stacks.down().get("COST_LAB"));
    }

    @Test
    void anAmountNamesThePartThatCoversIt() {
        assertEquals("AGE_CAPITATION", stacks.seriesAt(0, 400));
        assertEquals("CNI", stacks.seriesAt(0, 400.5));
        assertEquals("CNI", stacks.seriesAt(1, 10), "the first payment of the second unit");
        assertEquals("COST_DRUGS", stacks.seriesAt(0, 0), "zero counts as the deductions' side");
        assertEquals("COST_LAB", stacks.seriesAt(0, -160));
        assertNull(stacks.seriesAt(0, 481), "above the bar");
        assertNull(stacks.seriesAt(1, -31), "below the bar");
    }

    private static Map<String, double[]> series() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("AGE_CAPITATION", new double[] { 400, 0 });
        series.put("COST_DRUGS", new double[] { -150, -30 });
        series.put("CNI", new double[] { 80, 50 });
        series.put("COST_LAB", new double[] { -20, 0 });
        return series;
    }
}
