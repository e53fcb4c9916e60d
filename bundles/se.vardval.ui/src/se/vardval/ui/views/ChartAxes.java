package se.vardval.ui.views;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.LineStyle;

/**
 * Shows or hides a chart's first axes' tick labels and grid lines, so that a chart with nothing to show is an empty
 * area under its title (which says why) instead of a grid without numbers or an earlier period's figures, and names
 * a category axis only when its labels can be read and leave the plot its height, each label short enough.
 */
public final class ChartAxes {

    /** Pixels along the x axis that one category's label needs, written at 45° (a line of text, diagonally). */
    private static final int LABEL_PIXELS = 20;
    /** The least share of the chart's height the category labels leave the plot (diagonal names in a low part). */
    private static final double LEAST_PLOT_HEIGHT = 1 / 3.0;
    /**
     * Characters of a category's label: the labels are written diagonally below the plot, so a long one (a target
     * payment's indicator, over 60 characters) would take the plot's height; it keeps its beginning and its end.
     */
    private static final int LABEL_CHARS = 32;
    /** Characters of a label's beginning when its last word is short: the end has at least the rest, 12. */
    private static final int LABEL_BEGINNING_CHARS = 19;
    /** The fewest characters of a beginning cut inside its first word ("Målrelat…"); a shorter one reads as nothing. */
    private static final int LABEL_LEAST_BEGINNING = 8;
    private static final String UNLABELLED_TITLE = "vardval.chart.unlabelledTitle";
    private static final String RELABELS = "vardval.chart.relabels";

    private ChartAxes() {
    }

    /**
     * Gives the x axis its categories, named below the plot while each has room for its label and the labels leave the
     * plot a third of the chart's height; with more categories than the plot's width can name legibly (240 units in a
     * view half a screen wide), or in a part too low for their labels, no labels, tick marks or grid lines but the axis
     * title {@code unlabelledTitle} (e.g. "240 enheter, namnen står i tabellen"). Decided again whenever the chart is
     * resized.
     */
    public static void categories(Chart chart, String[] names, String unlabelledTitle) {
        chart.getAxisSet().getXAxis(0).setCategorySeries(Arrays.stream(names).map(ChartAxes::label)
                .toArray(String[]::new));
        chart.setData(UNLABELLED_TITLE, unlabelledTitle);
        if (chart.getData(RELABELS) == null) {
            chart.setData(RELABELS, Boolean.TRUE);
            chart.addListener(SWT.Resize, event -> label(chart));
        }
        label(chart);
    }

    /**
     * A category's label: its name, or for a name longer than {@value #LABEL_CHARS} characters its beginning and end
     * around an ellipsis, cut between words (the whole name stands in the table beside the chart). The beginning keeps
     * the whole words that fit in {@value #LABEL_BEGINNING_CHARS} characters and leave the last word room, and the end
     * the whole words that fit in the rest ("Målrelaterad…inom 3 dagar (3:an)"); a first word too long for the
     * beginning is cut after its first letters, and the last word kept whole ("Kostnadsansv…laboratorieanalyser"),
     * since it tells a component from its siblings. A single word, or a last word that leaves fewer than
     * {@value #LABEL_LEAST_BEGINNING} characters, keeps its first {@value #LABEL_BEGINNING_CHARS} and last 12.
     */
    public static String label(String name) {
        if (name.length() <= LABEL_CHARS) {
            return name;
        }
        int room = LABEL_CHARS - 1;
        int lastWord = name.lastIndexOf(' ') + 1;
        int beginningRoom = Math.min(LABEL_BEGINNING_CHARS, room - (name.length() - lastWord));
        if (lastWord == 0 || beginningRoom < LABEL_LEAST_BEGINNING) {
            return name.substring(0, LABEL_BEGINNING_CHARS).stripTrailing() + "…"
                    + name.substring(name.length() - (room - LABEL_BEGINNING_CHARS)).stripLeading();
        }
        int words = name.lastIndexOf(' ', beginningRoom);
        String beginning = name.substring(0, words > 0 ? words : beginningRoom).stripTrailing();
        return beginning + "…" + wordsAtTheEnd(name, lastWord, room - beginning.length());
    }

    /** The whole words at the name's end, from its last word (at {@code lastWord}), within {@code room} characters. */
    private static String wordsAtTheEnd(String name, int lastWord, int room) {
        int start = lastWord;
        for (int space = name.lastIndexOf(' ', start - 2); space >= 0 && name.length() - space - 1 <= room;
                space = name.lastIndexOf(' ', space - 1)) {
            start = space + 1;
        }
        return name.substring(start).stripLeading();
    }

    /** Whether the categories' labels fit along the plot, by its width once laid out. */
    private static boolean legible(int categories, int plotWidth) {
        return plotWidth <= 0 || categories * LABEL_PIXELS <= plotWidth;
    }

    private static void label(Chart chart) {
        String unlabelledTitle = (String) chart.getData(UNLABELLED_TITLE);
        if (unlabelledTitle == null) {
            return;
        }
        String[] names = chart.getAxisSet().getXAxis(0).getCategorySeries();
        boolean legible = legible(names == null ? 0 : names.length, chart.getPlotArea().getSize().x);
        name(chart, legible, unlabelledTitle);
        if (legible && tooLow(chart)) {
            name(chart, false, unlabelledTitle);
        }
    }

    /** Shows the categories' labels, or the title that stands instead of them, and lays the chart out with them. */
    private static void name(Chart chart, boolean labelled, String unlabelledTitle) {
        IAxis x = chart.getAxisSet().getXAxis(0);
        show(x, labelled);
        x.getTitle().setText(labelled ? "" : unlabelledTitle);
        x.getTitle().setVisible(!labelled);
        chart.updateLayout();
    }

    /** Whether the plot, as laid out, has less than its least share of the chart's height. */
    private static boolean tooLow(Chart chart) {
        return chart.getPlotArea().getSize().y < chart.getClientArea().height * LEAST_PLOT_HEIGHT;
    }

    /** Shows the axes' tick labels and dotted grid lines, or hides both. */
    public static void show(Chart chart, boolean visible) {
        show(chart.getAxisSet().getXAxis(0), visible);
        show(chart.getAxisSet().getYAxis(0), visible);
    }

    /**
     * Empties the chart for a period with nothing to draw: deletes its series, hides its axes' numbers and grid, and
     * titles it with the reason, so that no earlier period's figures stay under another period's name.
     */
    public static void empty(Chart chart, String whyEmpty) {
        deleteSeries(chart);
        if (chart.getData(UNLABELLED_TITLE) != null) {
            chart.setData(UNLABELLED_TITLE, null);
            chart.getAxisSet().getXAxis(0).getTitle().setVisible(false);
        }
        chart.getTitle().setText(whyEmpty);
        show(chart, false);
        chart.redraw();
    }

    /**
     * Begins drawing a chart anew: deletes its series and gives it its own title and its axes' numbers and grid, which
     * {@link #empty} took away.
     */
    public static void begin(Chart chart, String title) {
        deleteSeries(chart);
        chart.getTitle().setText(title);
        show(chart, true);
    }

    private static void deleteSeries(Chart chart) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
    }

    private static void show(IAxis axis, boolean visible) {
        axis.getTick().setVisible(visible);
        axis.getGrid().setStyle(visible ? LineStyle.DOT : LineStyle.NONE);
    }
}
