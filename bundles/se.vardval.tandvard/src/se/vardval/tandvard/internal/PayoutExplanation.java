package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.Explanation;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.tandvard.internal.RiskPoolPayout.Payout;
import se.vardval.tandvard.internal.TandvardParameters.PayoutTo;

/** Explains the risk pool's payout: what each month withheld, and each clinic's treatments, exact share and payout. */
final class PayoutExplanation {

    private static final List<String> COLUMNS = List.of("Klinik", "Behandlingar vid stort vårdbehov", "Exakt andel",
            "Utbetalning");

    private PayoutExplanation() {
    }

    static Explanation explain(RunContext run, String head) {
        if (!RiskPoolPayout.isPayoutMonth(run)) {
            return new Explanation(head + "Riskpoolen betalas ut i körningen av månad "
                    + run.parameters().riskPool().payoutMonth() + ".", List.of(), List.of());
        }
        Payout payout = RiskPoolPayout.compute(run, Calculation.lines(run), run.poolYear());
        List<List<String>> rows = new ArrayList<>();
        payout.counted().forEach((hsaId, n) -> rows.add(List.of(hsaId, Long.toString(n), exactShare(payout, n),
                payout.payouts().getOrDefault(hsaId, BigDecimal.ZERO).toPlainString())));
        payout.notCounted().forEach((hsaId, n) -> rows.add(List.of(hsaId, Long.toString(n), "delar inte",
                "0")));
        List<String> months = new ArrayList<>();
        payout.withheld().forEach((month, amount) -> months.add(month + ": "
                + SwedishNumbers.kronor(amount.negate())));
        return new Explanation(head + "Poolen på " + SwedishNumbers.kronor(payout.pool()) + " som hållits inne från"
                + " privata kliniker under " + payout.firstMonth() + "–" + payout.payoutMonth() + " ("
                + String.join("; ", months) + ") delas av de " + payout.treatments() + " behandlingarna vid stort"
                + " vårdbehov under de månaderna vid "
                + (run.parameters().riskPool().payoutTo() == PayoutTo.ALL ? "de kliniker"
                        : "de privata vårdgivarnas kliniker")
                + " som har avtal i " + payout.payoutMonth() + ": var och en får poolen × sina behandlingar / alla"
                + " behandlingar avrundat nedåt till hela öre, och de öre som blir över går ett i taget till de"
                + " största resterna (lika rester i stigande ordning efter HSA-id), så att utbetalningarna blir exakt"
                + " poolen.", COLUMNS, rows);
    }

    private static String exactShare(Payout payout, long n) {
        return payout.pool().multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(payout.treatments()), 4, RoundingMode.HALF_UP).toPlainString();
    }
}
