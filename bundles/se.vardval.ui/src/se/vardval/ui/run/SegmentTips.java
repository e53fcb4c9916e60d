package se.vardval.ui.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.UnaryOperator;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;

import se.vardval.ui.format.SwedishFormat;

/**
 * Names the stacked bar part under the mouse in the plot's tooltip: its category (a unit or a month), its component
 * and its amount in kronor ({@code Hälsocentralen Hede}, {@code Vårdtyngd enligt CNI: 199 571,56 kr}), so that each
 * part's component can be found also where the legend is hidden.
 */
final class SegmentTips {

    private final Chart chart;
    private final int barPadding;
    private ChartData data;
    private Stacks stacks;
    private UnaryOperator<String> names;

    /** Tips for the bars of {@code chart}, which leave {@code barPadding} % of each category's width between them. */
    SegmentTips(Chart chart, int barPadding) {
        this.chart = chart;
        this.barPadding = barPadding;
        Control plot = chart.getPlotArea().getControl();
        plot.addListener(SWT.MouseMove, event -> plot.setToolTipText(at(event.x, event.y)));
        plot.addListener(SWT.MouseExit, event -> plot.setToolTipText(null));
    }

    /** The data the bars show, stacked as {@code stacked}, each series named by {@code names}. */
    void show(ChartData shown, Stacks stacked, UnaryOperator<String> seriesNames) {
        data = shown;
        stacks = stacked;
        names = seriesNames;
    }

    /** No bars, so no tips. */
    void clear() {
        data = null;
    }

    /** The tip at a point of the plot, or null where no bar's part is. */
    String at(int x, int y) {
        if (data == null) {
            return null;
        }
        int category = category(x);
        if (category < 0) {
            return null;
        }
        String code = stacks.seriesAt(category, chart.getAxisSet().getYAxis(0).getDataCoordinate(y));
        return code == null ? null : tip(category, code, data.series().get(code)[category]);
    }

    private String tip(int category, String code, double amount) {
        return data.categories().get(category) + "\n" + names.apply(code) + ": "
                + SwedishFormat.kronor(BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP));
    }

    /** The category whose bar the pixel column {@code x} crosses, or -1 between the bars. */
    private int category(int x) {
        IAxis axis = chart.getAxisSet().getXAxis(0);
        double pitch = Math.abs(axis.getPixelCoordinate(1) - axis.getPixelCoordinate(0));
        double halfBar = pitch * (100 - barPadding) / 200.0;
        for (int i = 0; i < data.categories().size(); i++) {
            if (Math.abs(x - axis.getPixelCoordinate(i)) <= halfBar) {
                return i;
            }
        }
        return -1;
    }
}
