package se.vardval.specialist.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Waits;

/** The specialist views with e4 injection on the demo database and the two test vårdval of {@link ViewData}. */
class SpecialistViewsUiTest {

    private static final Duration READ = Duration.ofMinutes(1);

    private PartShell view;

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void productionAgainstTheCeilingPerProviderOverTheYear() throws Exception {
        show(ViewData.HUD, CeilingPart.class);
        Label summary = widget("ceiling.summary", Label.class);
        Waits.until(view.display(), READ, "the year's production", () -> summary.getText().startsWith("mars 2020"));

        assertEquals("mars 2020, året hittills: 2 vårdgivare, 1 över taket 100 000,00 kr (betalas med 50 % över);"
                + " attesterade månader: 1–2, bara beräknade: 3", summary.getText().replace('\u00a0', ' '));
        Table table = widget("ceiling.table", Table.class);
        assertEquals(List.of("Hudkliniken Norr AB", "100 000,00 kr", "142 630,00 kr", "42 630,00 kr",
                "-21 315,00 kr", "121 315,00 kr"), row(table.getItem(0)));
        assertEquals(List.of("Hudmottagningen Syd AB", "100 000,00 kr", "75 510,00 kr", "0,00 kr", "0,00 kr",
                "75 510,00 kr"), row(table.getItem(1)));
        Chart chart = widget("ceiling.chart", Chart.class);
        ISeries<?>[] series = chart.getSeriesSet().getSeries();
        assertEquals(3, series.length, "a line per provider and the ceiling");
        assertEquals(List.of(67120.0, 117460.0, 142630.0), Arrays.stream(series[0].getYSeries()).boxed().toList());
        assertEquals(3, chart.getAxisSet().getXAxis(0).getCategorySeries().length, "January to March");
        view.save("specialist-ceiling");

        widget("ceiling.month", Text.class).setText("2019-03");
        widget("ceiling.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Waits.until(view.display(), READ, "a year without a rulebook", () -> summary.getText().contains("2019"));
        assertEquals("Det finns inget förfrågningsunderlag för Vårdval hud (vytest) 2019.", summary.getText(),
                "the vårdval by its name");
        assertEquals(0, table.getItemCount());
        assertEquals(0, chart.getSeriesSet().getSeries().length, "no line of 2020 under 2019");
        assertEquals(summary.getText(), chart.getTitle().getText(), "the title says why");
        assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible());
        view.save("specialist-ceiling-no-rulebook");
    }

    @Test
    void aYearWithoutRunsClearsTheChartAndTheSummaryWraps() throws Exception {
        show(ViewData.PROTES, CeilingPart.class, 700);
        widget("ceiling.month", Text.class).setText("2020-12");
        widget("ceiling.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = widget("ceiling.summary", Label.class);
        Waits.until(view.display(), READ, "the year", () -> summary.getText().startsWith("december 2020"));

        Chart chart = widget("ceiling.chart", Chart.class);
        assertEquals("Inga attesterade eller beräknade körningar 2020", chart.getTitle().getText());
        assertEquals(0, chart.getSeriesSet().getSeries().length, "no ceiling line without production");
        assertFalse(chart.getAxisSet().getYAxis(0).getTick().isVisible(), "no empty grid");
        assertTrue(summary.getText().endsWith("bara beräknade: –"), summary.getText());
        Rectangle shown = summary.getBounds();
        assertTrue(shown.x + shown.width <= summary.getParent().getClientArea().width, "within the view: " + shown);
        assertTrue(summary.computeSize(shown.width, SWT.DEFAULT).y <= shown.height, "every line shown: " + shown);
        assertTrue(shown.height > summary.computeSize(SWT.DEFAULT, SWT.DEFAULT).y, "wrapped: " + shown);
        view.save("specialist-ceiling-no-runs");
    }

    @Test
    void episodesWithTheirWarrantyAtTheEndOfAMonth() throws Exception {
        Label summary = episodesOf(ViewData.PROTES, "2020-02", "februari 2020");

        assertEquals("februari 2020: 4 vårdåtaganden sedan 2017-06-01, 3 inom garantitid den 2020-02-29,"
                + " 1 omoperationer inom garantin", summary.getText());
        Table table = widget("episodes.table", Table.class);
        assertEquals(List.of("199003030039", "höft", "Ortopedkliniken Öst", "2020-02-03", "2022-02-02",
                "inom garantitid", "0", "0", ""), row(table.getItem(0)));
        assertEquals(List.of("198002020025", "knä", "Ortopedkliniken Öst", "2019-11-20", "2021-11-19",
                "inom garantitid", "1", "0", "0,30"), row(table.getItem(1)));
        assertEquals(List.of("197001010011", "höft", "Ortopedkliniken Öst", "2018-05-02", "2020-05-01",
                "inom garantitid", "0", "1", ""), row(table.getItem(2)));
        assertEquals(List.of("194504040041", "höft", "Ortopedkliniken Öst", "2017-06-01", "2019-06-01",
                "garantin har gått ut", "0", "0", ""), row(table.getItem(3)));
        view.save("specialist-episodes");
    }

    @Test
    void aVardvalWithoutEpisodesSaysSo() throws Exception {
        Label summary = episodesOf(ViewData.HUD, "2020-03", "mars 2020");

        assertEquals("mars 2020: inga vårdåtaganden", summary.getText());
        assertEquals(0, widget("episodes.table", Table.class).getItemCount());

        widget("episodes.month", Text.class).setText("2019-03");
        widget("episodes.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Waits.until(view.display(), READ, "a year without a rulebook", () -> summary.getText().contains("2019"));
        assertEquals("Det finns inget förfrågningsunderlag för Vårdval hud (vytest) 2019.", summary.getText());
        view.save("specialist-episodes-none");
    }

    /** Opens a shell on the vårdval and builds the part in it. */
    private void show(String careChoice, Class<?> part) throws Exception {
        show(careChoice, part, 1280);
    }

    /** Opens a shell {@code width} pixels wide on the vårdval and builds the part in it. */
    private void show(String careChoice, Class<?> part, int width) throws Exception {
        view = PartShell.open("", careChoice, width, 800);
        ViewData.ensure();
        view.make(part);
    }

    private static List<String> row(TableItem item) {
        int columns = item.getParent().getColumnCount();
        return IntStream.range(0, columns).mapToObj(i -> item.getText(i).replace('\u00a0', ' ')).toList();
    }

    private <T extends Control> T widget(String key, Class<T> type) {
        return view.widget(key, type);
    }

    /** Shows the vårdval's episodes of the month and waits for the summary of the month (in words) to come. */
    private Label episodesOf(String careChoice, String month, String monthInWords) throws Exception {
        show(careChoice, EpisodesPart.class);
        widget("episodes.month", Text.class).setText(month);
        widget("episodes.show", Button.class).notifyListeners(SWT.Selection, new Event());
        Label summary = widget("episodes.summary", Label.class);
        Waits.until(view.display(), READ, "the episodes", () -> summary.getText().startsWith(monthInWords));
        return summary;
    }
}
