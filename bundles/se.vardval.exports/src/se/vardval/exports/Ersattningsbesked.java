package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/**
 * One provider's ersättningsbesked for a run, in Swedish, as PDF: the provider, the period, the rulebook and its
 * decision, per unit each component with basis, rate and amount, the totals, the remarks and rejected items of its
 * own units only, and page numbers.
 */
public final class Ersattningsbesked {

    /** The conventional file name of a provider's ersättningsbesked. */
    public static String fileName(RunDocument document, String orgNr) {
        return "ersattningsbesked-" + OutputNames.base(document.run()).substring("payments-".length()) + "-"
                + orgNr + ".pdf";
    }

    /** Writes the provider's ersättningsbesked. */
    public void write(RunDocument document, String orgNr, OutputStream out) throws IOException {
        try (PdfPages pdf = new PdfPages()) {
            heading(pdf, document, orgNr);
            List<PaymentLine> lines = document.linesOf(orgNr);
            for (String hsaId : lines.stream().map(PaymentLine::hsaId).distinct().toList()) {
                unit(pdf, document, hsaId, lines.stream().filter(l -> l.hsaId().equals(hsaId)).toList());
            }
            pdf.gap();
            pdf.bold("Att utbetala totalt: " + SwedishNumbers.kronor(RunDocument.total(lines)));
            remarks(pdf, document.warningsOf(orgNr));
            pdf.finish(out);
        }
    }

    private static void heading(PdfPages pdf, RunDocument document, String orgNr) throws IOException {
        var run = document.run();
        pdf.title(run.correctsRunId() == null ? "Ersättningsbesked" : "Ersättningsbesked – rättelse");
        pdf.text(document.careChoice().name() + ", period " + run.period());
        pdf.text("Vårdgivare: " + document.providerName(orgNr) + " (org.nr " + orgNr + ")");
        pdf.text("Förfrågningsunderlag " + run.rulebookYear() + ", beslut " + document.decision());
        pdf.text("Utbetalning nr " + run.id() + (run.correctsRunId() == null ? ""
                : ", rättelse av utbetalning nr " + run.correctsRunId() + " (belopp är skillnader)")
                + (run.approvedBy() == null ? "" : ", attesterad av " + run.approvedBy()));
    }

    private static void unit(PdfPages pdf, RunDocument document, String hsaId, List<PaymentLine> lines)
            throws IOException {
        pdf.gap();
        pdf.bold("Vårdenhet: " + document.unit(hsaId).map(Unit::name).orElse(hsaId) + " (" + hsaId + ")");
        pdf.row("Ersättning", "Underlag", "Á-pris kr", "Belopp kr");
        for (PaymentLine line : lines) {
            pdf.row(line.component(), SwedishNumbers.decimal(line.basis()), SwedishNumbers.decimal(line.rate()),
                    SwedishNumbers.amount(line.amount()));
        }
        BigDecimal total = RunDocument.total(lines);
        pdf.row("Summa vårdenhet", "", "", SwedishNumbers.amount(total));
    }

    private static void remarks(PdfPages pdf, List<RunWarning> warnings) throws IOException {
        pdf.gap();
        pdf.bold("Avvisade poster och anmärkningar");
        if (warnings.isEmpty()) {
            pdf.text("Inga.");
        }
        for (RunWarning warning : warnings) {
            pdf.text(warning.hsaId() + " " + warning.code() + ": " + warning.message());
        }
    }
}
