package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.annual.RulebookYears;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Waits;

/**
 * Budget calibration of a draft copied from the demo's decided 2020 rulebook, on February 2020: a frame of
 * 12 000 000 kr, 75 % to age capitation and 25 % to CNI; the rates solved by hand from the stored February run's
 * points (its lines' basis under the same parameters): 9 000 000 / age points and 3 000 000 / CNI points, to öre.
 */
class CalibrationPartUiTest extends ViewHarness {

    private static final int DRAFT = 2032;

    private RulebookStore store;

    @BeforeEach
    void draft() throws Exception {
        store = DemoDatabase.service(RulebookStore.class);
        DemoDatabase.service(RulebookYears.class).draft(HALSOVAL, DRAFT, 2020, true, DemoDatabase.ADMINISTRATOR);
        make(CalibrationPart.class);
        choose("calibration.draft", DRAFT + " (utkast)");
        widget("calibration.frame", Text.class).setText("12 000 000");
        widget("calibration.month", Text.class).setText("2020-02");
    }

    @Test
    void solvesTheRatesFromTheFrameAndWritesThemIntoTheDraft() throws Exception {
        widget("calibration.share.AGE_CAPITATION", Text.class).setText("75");
        widget("calibration.share.CNI", Text.class).setText("25");
        click("calibration.start");
        await();
        Table rates = widget("calibration.rates", Table.class);
        BigDecimal ageRate = new BigDecimal("9000000").divide(points("AGE_CAPITATION"), 2, RoundingMode.HALF_UP);
        BigDecimal cniRate = new BigDecimal("3000000").divide(points("CNI"), 2, RoundingMode.HALF_UP);
        assertEquals(SwedishFormat.number(ageRate), row(rates, "AGE_CAPITATION").getText(6));
        assertEquals(SwedishFormat.number(cniRate), row(rates, "CNI").getText(6));
        assertEquals("9\u00a0000\u00a0000,00 kr", row(rates, "AGE_CAPITATION").getText(2));
        BigDecimal annualised = SwedishFormat.parse(row(rates, "AGE_CAPITATION").getText(7))
                .add(SwedishFormat.parse(row(rates, "CNI").getText(7)));
        BigDecimal residue = SwedishFormat.parse(row(rates, "AGE_CAPITATION").getText(8))
                .add(SwedishFormat.parse(row(rates, "CNI").getText(8)));
        assertEquals(0, new BigDecimal("12000000").compareTo(annualised.add(residue)), "frame = annualised + residue");
        String status = widget("calibration.status", Label.class).getText();
        assertTrue(status.startsWith("Förhandsgranskning: ramen 12\u00a0000\u00a0000,00 kr = annualiserat "
                + SwedishFormat.kronor(annualised) + " + rest " + SwedishFormat.kronor(residue)), status);
        assertEquals(new BigDecimal("2453"), rate("capitation", "krPerPoint"), "a preview stores nothing");
        Tree perUnit = widget("scenario.table", Tree.class);
        assertEquals(List.of("Enhet / komponent", "Före kalibrering", "Kalibrerat", "Skillnad Kalibrerat", "%", ""),
                Arrays.stream(perUnit.getColumns()).map(c -> c.getText()).toList(),
                "an empty last column beside the scrollbar");
        save("annual-calibration-preview");

        click("calibration.write");
        await();
        assertEquals(0, ageRate.compareTo(rate("capitation", "krPerPoint")));
        assertEquals(0, cniRate.compareTo(rate("cni", "krPerIndexPoint")));
        assertTrue(widget("calibration.status", Label.class).getText().startsWith("Inskrivet i utkastet för 2032"));
    }

    @Test
    void sharesThatDoNotAddUpToAHundredAreRefused() throws Exception {
        widget("calibration.share.AGE_CAPITATION", Text.class).setText("75");
        widget("calibration.share.CNI", Text.class).setText("20");
        click("calibration.start");
        assertEquals("Andelarna blir 95 %, inte 100 %.", widget("calibration.status", Label.class).getText());
        save("annual-calibration-refused");
    }

    private void await() {
        Label status = widget("calibration.status", Label.class);
        Waits.until(display, Duration.ofMinutes(2), "the calibration", () -> status.getText().contains("rest")
                || status.getForeground().equals(display.getSystemColor(SWT.COLOR_RED)));
    }

    private static BigDecimal points(String component) throws Exception {
        RunStore runs = DemoDatabase.service(RunStore.class);
        PaymentRun february = runs.list(HALSOVAL).stream().filter(r -> r.period().equals(YearMonth.of(2020, 2)))
                .filter(r -> r.correctsRunId() == null).findFirst().orElseThrow();
        return runs.lines(february.id()).stream().filter(l -> l.component().equals(component))
                .map(PaymentLine::basis).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal rate(String group, String field) {
        Rulebook draft = store.find(HALSOVAL, DRAFT).orElseThrow();
        return draft.parameters().path(group).path(field).decimalValue();
    }
}
