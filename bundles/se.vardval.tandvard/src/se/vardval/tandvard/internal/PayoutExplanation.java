package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.Explanation;
import se.vardval.tandvard.internal.RiskPoolPayout.Payout;
import se.vardval.tandvard.internal.TandvardParameters.PayoutTo;

/** Explains the risk pool's payout: what each month withheld, and each clinic's treatments, exact share and payout. */
final class PayoutExplanation {

    private static final List<String> COLUMNS = List.of("clinic", "high-need treatments", "exact share", "payout");

    private PayoutExplanation() {
    }

    static Explanation explain(RunContext run, String head) {
        if (!RiskPoolPayout.isPayoutMonth(run)) {
            return new Explanation(head + "The risk pool is paid out in the run of month "
                    + run.parameters().riskPool().payoutMonth() + ".", List.of(), List.of());
        }
        Payout payout = RiskPoolPayout.compute(run, Calculation.lines(run), run.poolYear());
        List<List<String>> rows = new ArrayList<>();
        payout.counted().forEach((hsaId, n) -> rows.add(List.of(hsaId, Long.toString(n), exactShare(payout, n),
                payout.payouts().getOrDefault(hsaId, BigDecimal.ZERO).toPlainString())));
        payout.notCounted().forEach((hsaId, n) -> rows.add(List.of(hsaId, Long.toString(n), "does not share",
                "0")));
        List<String> months = new ArrayList<>();
        payout.withheld().forEach((month, amount) -> months.add(month + " " + amount.negate().toPlainString()));
        return new Explanation(head + "The pool of " + payout.pool().toPlainString() + " kr withheld from private"
                + " clinics in " + payout.firstMonth() + "–" + payout.payoutMonth() + " (" + String.join(", ", months)
                + ") is shared by the " + payout.treatments() + " high-need treatments of those months at "
                + (run.parameters().riskPool().payoutTo() == PayoutTo.ALL ? "the clinics"
                        : "the private providers' clinics")
                + " with a contract in " + payout.payoutMonth() + ": each gets pool × its treatments / all treatments"
                + " rounded down to whole öre, and the öre left over go one each to the largest remainders (equal"
                + " remainders by ascending HSA-id), so the payouts sum exactly to the pool.", COLUMNS, rows);
    }

    private static String exactShare(Payout payout, long n) {
        return payout.pool().multiply(BigDecimal.valueOf(n))
                .divide(BigDecimal.valueOf(payout.treatments()), 4, RoundingMode.HALF_UP).toPlainString();
    }
}
