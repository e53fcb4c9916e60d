package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

import se.vardval.annual.CompensationLine;
import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.Deviation;
import se.vardval.annual.DistributionBasis;
import se.vardval.annual.SavedDeficitProposal;
import se.vardval.annual.SourcedAmount;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.TableFit;
import se.vardval.ui.testing.Waits;

/**
 * Deficit compensation of the demo's 2020 per listed person: D −3 000 000, H 500 000, S 200 000, Å 100 000, G 50 000
 * give A = −2 250 000 kr, distributed over the private units by their average listed persons and shown whole beside
 * the scrollbar; a positive A gives nothing.
 */
class DeficitPartUiTest extends ViewHarness {

    @Test
    void aDeficitIsProposedPerProviderAndUnitWithTheCalculation() throws Exception {
        make(DeficitPart.class);
        assertEquals("2020", widget("deficit.year", Text.class).getText());
        type("-3 000 000", "500 000", "200 000", "100 000", "50 000");
        widget("deficit.result.source", Text.class).setText("Årsredovisning 2020, not 12");
        assertEquals("Justerad avvikelse A = D + H + S + Å − G = -2\u00a0250\u00a0000,00 kr",
                widget("deficit.adjusted", Label.class).getText());
        propose();

        DeficitProposal expected = DemoDatabase.service(DeficitCompensations.class).propose(HALSOVAL, 2020,
                new DeficitInputs(DistributionBasis.PER_LISTED, false, List.of(new Deviation(null,
                        amount("-3000000"), amount("500000"), amount("200000"), amount("100000"),
                        amount("50000")))));
        List<String> shown = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (TreeItem provider : widget("deficit.proposal", Tree.class).getItems()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (TreeItem unit : provider.getItems()) {
                shown.add(unit.getText(4));
                sum = sum.add(SwedishFormat.parse(unit.getText(4)));
            }
            assertEquals(sum, SwedishFormat.parse(provider.getText(4)), provider.getText(0));
            total = total.add(sum);
        }
        assertEquals(expected.lines().stream().map(l -> SwedishFormat.kronor(l.amount())).sorted().toList(),
                shown.stream().sorted().toList());
        BigDecimal privateBasis = expected.lines().stream().map(CompensationLine::basis)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = new BigDecimal("2250000").multiply(privateBasis)
                .divide(expected.groups().get(0).regionRunBasis(), 6, java.math.RoundingMode.HALF_UP);
        assertTrue(total.subtract(exact).abs().compareTo(new BigDecimal("0.005").multiply(
                BigDecimal.valueOf(shown.size()))) <= 0, "Σ = |A| × Σ private listed / region-run listed: " + total
                + " vs " + exact);
        assertTrue(widget("deficit.status", Label.class).getText().startsWith("Förslag för 2020: "
                + SwedishFormat.kronor(total)));
        Tree tree = widget("deficit.proposal", Tree.class);
        Waits.settle(display, Duration.ofMillis(300));
        assertTrue(tree.getVerticalBar().isVisible(), "the demo's private providers and units need the scrollbar");
        TableFit.assertColumnsWholeBesideTheScrollbar(tree, 1, 2, 3, 4);
        String calculation = widget("deficit.calculation", Text.class).getText();
        assertTrue(calculation.startsWith("hela regionen: A = D + H + S + Å − G = -3\u00a0000\u00a0000,00 kr + "
                + "500\u00a0000,00 kr + 200\u00a0000,00 kr + 100\u00a0000,00 kr − 50\u00a0000,00 kr = "
                + "-2\u00a0250\u00a0000,00 kr; |A| / de regiondrivna enheternas genomsnittligt listade "), calculation);
        save("annual-deficit");
    }

    @Test
    void aPositiveAdjustedDeviationGivesNoCompensation() throws Exception {
        make(DeficitPart.class);
        type("-100 000", "150 000", "0", "0", "0");
        propose();
        assertEquals("Ingen kompensation för 2020: den justerade avvikelsen är inte negativ.",
                widget("deficit.status", Label.class).getText());
        assertEquals(0, widget("deficit.proposal", Tree.class).getItemCount());
        assertTrue(widget("deficit.calculation", Text.class).getText().endsWith(
                "= 50\u00a0000,00 kr; A ≥ 0: ersättningssystemet var konkurrensneutralt, ingen kompensation."));
        save("annual-deficit-none");

        widget("deficit.result", Text.class).setText("tre");
        click("deficit.start");
        assertEquals("'tre' är inget tal.", widget("deficit.status", Label.class).getText());
    }

    @Test
    void theProposalIsSavedThenDecidedToBePaidInAMonthOfTheNextYear() throws Exception {
        make(DeficitPart.class);
        type("-3 000 000", "500 000", "200 000", "100 000", "50 000");
        widget("deficit.result.source", Text.class).setText("Årsredovisning 2020, not 12");
        click("deficit.save");
        await("Förslaget för 2020 är sparat");
        Label status = widget("deficit.status", Label.class);
        assertTrue(status.getText().contains(", av demo "), status.getText());

        click("deficit.decide");
        assertEquals("Ange beslutets referens.", status.getText());
        widget("deficit.decision", Text.class).setText("RS 2021-05-27 § 85");
        widget("deficit.payIn", Text.class).setText("2020-12");
        click("deficit.decide");
        assertEquals("Kompensationen betalas ut en månad under 2021.", status.getText());
        widget("deficit.payIn", Text.class).setText("2021-03");
        click("deficit.decide");
        await("Beslutat för 2020");
        SavedDeficitProposal saved = DemoDatabase.service(DeficitCompensations.class).find(HALSOVAL, 2020)
                .orElseThrow();
        assertEquals("RS 2021-05-27 § 85", saved.decision());
        assertEquals(YearMonth.of(2021, 3), saved.payIn());
        assertEquals("Beslutat för 2020: RS 2021-05-27 § 85; " + SwedishFormat.kronor(saved.proposal().total())
                + " betalas ut i mars 2021 som DEFICIT_COMPENSATION-rader i månadens utbetalning, efter attest "
                + "(beslutat av demo).", status.getText());
        save("annual-deficit-decided");

        close();
        open();
        make(DeficitPart.class);
        assertEquals("-3\u00a0000\u00a0000", widget("deficit.result", Text.class).getText(), "the saved inputs");
        assertEquals("Årsredovisning 2020, not 12", widget("deficit.result.source", Text.class).getText());
        assertTrue(widget("deficit.status", Label.class).getText().startsWith("Beslutat för 2020"));
        assertTrue(widget("deficit.proposal", Tree.class).getItemCount() > 0);
    }

    private void await(String text) {
        Label status = widget("deficit.status", Label.class);
        Waits.until(display, Duration.ofMinutes(2), text, () -> status.getText().startsWith(text)
                || status.getForeground().equals(display.getSystemColor(SWT.COLOR_RED)));
        assertTrue(status.getText().startsWith(text), status.getText());
    }

    private void type(String... amounts) {
        String[] keys = { "result", "principalAssignment", "lastResort", "specialCommitment", "stateGrants" };
        for (int i = 0; i < keys.length; i++) {
            widget("deficit." + keys[i], Text.class).setText(amounts[i]);
        }
    }

    private void propose() {
        click("deficit.start");
        Label status = widget("deficit.status", Label.class);
        Waits.until(display, Duration.ofMinutes(2), "the proposal", () -> status.getText().contains("2020")
                || status.getForeground().equals(display.getSystemColor(SWT.COLOR_RED)));
    }

    private static SourcedAmount amount(String kr) {
        return new SourcedAmount(new BigDecimal(kr), "");
    }
}
