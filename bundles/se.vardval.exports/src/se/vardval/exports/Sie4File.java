package se.vardval.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;

/**
 * A run as an SIE 4 file (type 4I, transactions to import into the finance system) in the PC8 character set (IBM code
 * page 437): the identification posts (the paying region's organisationsnummer and name), the accounts, the unit dimension with its objects, and one balanced voucher
 * with, per provider, a transaction per unit and account and a credit of the provider's total to the counter account.
 */
public final class Sie4File {

    /** The SIE dimension number of the vårdenhet objects (20 is the first free one). */
    public static final int UNIT_DIMENSION = 20;
    /** SIE's PC8 character set. */
    public static final Charset PC8 = Charset.forName("IBM437");

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    /** The conventional file name of a run's SIE file. */
    public static String fileName(RunDocument document) {
        return OutputNames.base(document.run()) + ".se";
    }

    /** Writes the file, generated on {@code today} by {@code user}. */
    public void write(RunDocument document, AccountPlan plan, LocalDate today, String user, OutputStream out)
            throws IOException {
        PaymentRun run = document.run();
        Writer w = new OutputStreamWriter(out, PC8);
        post(w, "#FLAGGA 0");
        post(w, "#PROGRAM " + quoted("Vårdval Workbench") + " 0.1.0");
        post(w, "#FORMAT PC8");
        post(w, "#GEN " + DATE.format(today) + " " + quoted(user));
        post(w, "#SIETYP 4");
        post(w, "#ORGNR " + plan.payer().orgNrWithHyphen());
        post(w, "#FNAMN " + quoted(plan.payer().name()));
        post(w, "#RAR 0 " + run.period().getYear() + "0101 " + run.period().getYear() + "1231");
        for (String account : accounts(document, plan)) {
            post(w, "#KONTO " + account + " " + quoted(plan.accountName(account)));
        }
        post(w, "#DIM " + UNIT_DIMENSION + " " + quoted("Vårdenhet"));
        for (String hsaId : new TreeSet<>(document.lines().stream().map(PaymentLine::hsaId).toList())) {
            post(w, "#OBJEKT " + UNIT_DIMENSION + " " + quoted(hsaId) + " " + quoted(document.unitName(hsaId)));
        }
        String text = document.careChoice().name() + " " + run.period() + " utbetalning " + run.id()
                + (run.correctsRunId() == null ? "" : " rättelse av " + run.correctsRunId());
        post(w, "#VER " + quoted(plan.series()) + " \"\" " + DATE.format(run.period().atEndOfMonth()) + " "
                + quoted(text) + " " + DATE.format(today) + " " + quoted(user));
        post(w, "{");
        for (String orgNr : document.paidProviders()) {
            transactions(w, document, plan, orgNr);
        }
        post(w, "}");
        w.flush();
    }

    private static void transactions(Writer w, RunDocument document, AccountPlan plan, String orgNr)
            throws IOException {
        String text = quoted(document.providerName(orgNr) + " " + orgNr);
        Map<String, BigDecimal> byUnitAndAccount = new TreeMap<>();
        List<PaymentLine> lines = document.linesOf(orgNr);
        for (PaymentLine line : lines) {
            byUnitAndAccount.merge(line.hsaId() + " " + plan.account(line.component()), line.amount(),
                    BigDecimal::add);
        }
        for (Map.Entry<String, BigDecimal> entry : byUnitAndAccount.entrySet()) {
            String[] key = entry.getKey().split(" ");
            post(w, "   #TRANS " + key[1] + " {" + UNIT_DIMENSION + " " + quoted(key[0]) + "} "
                    + amount(entry.getValue()) + " \"\" " + text);
        }
        post(w, "   #TRANS " + plan.counterAccount() + " {} " + amount(RunDocument.total(lines).negate()) + " \"\" "
                + text);
    }

    private static TreeSet<String> accounts(RunDocument document, AccountPlan plan) {
        TreeSet<String> accounts = new TreeSet<>();
        document.lines().forEach(line -> accounts.add(plan.account(line.component())));
        accounts.add(plan.counterAccount());
        return accounts;
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2).toPlainString();
    }

    /** A field in quotes, a quote inside escaped with a backslash as the format prescribes. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void post(Writer w, String post) throws IOException {
        w.write(post);
        w.write("\r\n");
    }
}
