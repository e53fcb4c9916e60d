package se.vardval.ui.views;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;

import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;

/** Makes the views' bar and line charts: named categories along the x axis, Swedish numbers up the y axis. */
public final class CategoryCharts {

    private CategoryCharts() {
    }

    /**
     * A chart found by {@code key}, titled {@code title}, whose x axis has categories and no title and whose y axis
     * is titled {@code yTitle}, its numbers written by the {@link DecimalFormat} pattern {@code yPattern}.
     */
    public static Chart of(Composite parent, String key, String title, String yTitle, String yPattern) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setData(ClientTags.WIDGET_KEY, key);
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getAxisSet().getYAxis(0).getTick()
                .setFormat(new DecimalFormat(yPattern, DecimalFormatSymbols.getInstance(SwedishFormat.SWEDISH)));
        return chart;
    }
}
