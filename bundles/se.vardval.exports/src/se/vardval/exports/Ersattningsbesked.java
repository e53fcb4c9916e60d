package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Region;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;
import se.vardval.core.model.SwedishNumbers;

/**
 * One provider's ersättningsbesked for a run, in Swedish, as PDF: the region that pays, the provider, the period, the rulebook and its
 * decision, per unit each component by its name with basis, rate and amount, the totals, the rejected items with
 * their reasons and the remarks, of its own units and persons only, and page numbers.
 */
public final class Ersattningsbesked {

    private static final float[] REJECTION_COLUMNS = { 0, 50, 112, 182, 307 };

    private final UnaryOperator<String> componentNames;
    private final Region payer;

    /** An ersättningsbesked from the region that pays, naming each component as the vårdval's model does. */
    public Ersattningsbesked(UnaryOperator<String> componentNames, Region payer) {
        this.componentNames = componentNames;
        this.payer = payer;
    }

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
            rejections(pdf, document, document.rejectionsOf(orgNr));
            remarks(pdf, document.warningsOf(orgNr));
            pdf.finish(out);
        }
    }

    private void heading(PdfPages pdf, RunDocument document, String orgNr) throws IOException {
        var run = document.run();
        pdf.title(run.correctsRunId() == null ? "Ersättningsbesked" : "Ersättningsbesked – rättelse");
        pdf.text("Utbetalare: " + payer.name() + " (org.nr " + payer.orgNrWithHyphen() + ")");
        pdf.text(document.careChoice().name() + ", period " + run.period());
        pdf.text("Vårdgivare: " + document.providerName(orgNr) + " (org.nr " + orgNr + ")");
        pdf.text("Förfrågningsunderlag " + run.rulebookYear() + ", beslut " + document.decision());
        pdf.text("Utbetalning nr " + run.id() + (run.correctsRunId() == null ? ""
                : ", rättelse av utbetalning nr " + run.correctsRunId() + " (belopp är skillnader)")
                + (run.approvedBy() == null ? "" : ", attesterad av " + run.approvedBy()));
    }

    private void unit(PdfPages pdf, RunDocument document, String hsaId, List<PaymentLine> lines)
            throws IOException {
        pdf.gap();
        pdf.bold("Vårdenhet: " + document.unit(hsaId).map(Unit::name).orElse(hsaId) + " (" + hsaId + ")");
        pdf.row("Ersättning", "Underlag", "À-pris kr", "Belopp kr");
        for (PaymentLine line : lines) {
            pdf.row(componentNames.apply(line.component()), SwedishNumbers.decimal(line.basis()),
                    SwedishNumbers.decimal(line.rate()), SwedishNumbers.amount(line.amount()));
        }
        BigDecimal total = RunDocument.total(lines);
        pdf.row("Summa vårdenhet", "", "", SwedishNumbers.amount(total));
    }

    /**
     * The provider's rejected items per unit: day, person, item, reason code and reason. The person is the item's
     * own, a patient of the provider; a personnummer in the reason's text is masked all the same.
     */
    private static void rejections(PdfPages pdf, RunDocument document, List<RejectedItem> items) throws IOException {
        pdf.gap();
        pdf.bold("Avvisade poster (ersätts inte)");
        if (items.isEmpty()) {
            pdf.text("Inga.");
            return;
        }
        pdf.text(items.size() + " " + (items.size() == 1 ? "post" : "poster") + ": "
                + RunDocument.countByReason(items).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        for (String hsaId : items.stream().map(RejectedItem::hsaId).distinct().toList()) {
            pdf.gap();
            pdf.text("Vårdenhet: " + document.unitName(hsaId) + " (" + hsaId + ")");
            pdf.headings(REJECTION_COLUMNS, "Datum", "Person", "Post", "Orsakskod", "Orsak");
            for (RejectedItem item : items.stream().filter(i -> i.hsaId().equals(hsaId)).toList()) {
                pdf.cells(REJECTION_COLUMNS, item.date() == null ? "–" : item.date().toString(),
                        item.personId() == null ? "–" : PersonId.written(item.personId()), item.itemId(),
                        item.reasonCode(), PersonnummerMask.mask(item.reason()));
            }
        }
    }

    private static void remarks(PdfPages pdf, List<RunWarning> warnings) throws IOException {
        pdf.gap();
        pdf.bold("Anmärkningar");
        if (warnings.isEmpty()) {
            pdf.text("Inga.");
        }
        for (RunWarning warning : warnings) {
            pdf.text(warning.hsaId() + " " + warning.code() + ": " + warning.message());
        }
    }
}
