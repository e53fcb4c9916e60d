package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.SwedishNumbers;

/**
 * {@code DRG} and {@code DRG_OUTLIER}: an activity with {@code drg=<code>} is paid the code's weight ×
 * {@code drgPricePerPoint}; a stay ({@code los=<days>}) longer than {@code drgOutlier.trimDays} adds
 * {@code drgOutlier.krPerDay} for each day over it. A code missing from the weight table is not paid.
 */
final class DrgPricing {

    static final String DRG_KEY = "drg";
    static final String LOS_KEY = "los";

    private DrgPricing() {
    }

    /** Prices the DRG activity into {@code paid} or gives the reason it is not paid to {@code unpaid}. */
    static void price(Activity a, SpecialistParameters p, Consumer<Priced> paid, Consumer<Unpaid> unpaid) {
        String code = a.codes().get(DRG_KEY);
        BigDecimal weight = p.drgWeights().get(code);
        if (weight == null) {
            unpaid.accept(new Unpaid(a, "UNKNOWN_DRG", "DRG " + code
                    + " finns inte i förfrågningsunderlagets DRG-vikter"));
            return;
        }
        paid.accept(new Priced(a, a.hsaId(), Components.DRG, weight, weight.multiply(p.drgPricePerPoint()),
                "DRG " + code + " vikt " + SwedishNumbers.decimal(weight) + " × "
                        + SwedishNumbers.decimal(p.drgPricePerPoint()) + " kr per poäng"));
        int stay = a.codes().containsKey(LOS_KEY) ? Integer.parseInt(a.codes().get(LOS_KEY)) : 0;
        int extra = stay - p.drgOutlier().trimDays();
        if (extra > 0 && p.drgOutlier().krPerDay().signum() > 0) {
            BigDecimal days = BigDecimal.valueOf(extra);
            paid.accept(new Priced(a, a.hsaId(), Components.DRG_OUTLIER, days,
                    days.multiply(p.drgOutlier().krPerDay()), "DRG " + code + " vårdtid " + stay + " dagar, "
                            + extra + " över trimpunkten " + p.drgOutlier().trimDays() + " × "
                            + SwedishNumbers.decimal(p.drgOutlier().krPerDay()) + " kr"));
        }
    }
}
