package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.specialist.internal.SpecialistParameters.VisitKind;
import se.vardval.specialist.internal.SpecialistParameters.VisitPrice;

/**
 * {@code VISITS}: an activity without {@code drg=} or {@code episode=} is priced from the visit price table by contact
 * type, profession and visit kind ({@code visit=NEW|RETURN}), less the patient fee when {@code deductPatientFee} (never
 * below 0). A visit without a kind or a price, and with {@code referralRequired} a NEW visit without
 * {@code referral=}, is not paid.
 */
final class VisitPricing {

    static final String VISIT_KEY = "visit";
    static final String REFERRAL_KEY = "referral";

    private VisitPricing() {
    }

    /** Prices the visit into {@code paid} or gives the reason it is not paid to {@code unpaid}. */
    static void price(Activity a, SpecialistParameters p, Consumer<Priced> paid, Consumer<Unpaid> unpaid) {
        String code = a.codes().get(VISIT_KEY);
        if (code == null) {
            unpaid.accept(new Unpaid(a, "VISIT_KIND_MISSING", "besöket saknar koden visit=NEW eller visit=RETURN"
                    + " och kan inte prissättas"));
            return;
        }
        VisitKind kind = VisitKind.valueOf(code.toUpperCase(Locale.ROOT));
        if (kind == VisitKind.NEW && p.referralRequired() && !a.codes().containsKey(REFERRAL_KEY)) {
            unpaid.accept(new Unpaid(a, "REFERRAL_MISSING", "ett nybesök kräver remiss (referral=<id>) enligt"
                    + " vårdvalets förfrågningsunderlag; ingen är registrerad"));
            return;
        }
        Optional<VisitPrice> price = p.visitPrice(a.contactType(), a.profession(), kind);
        if (price.isEmpty()) {
            unpaid.accept(new Unpaid(a, "NO_VISIT_PRICE", "pristabellen saknar pris för " + a.contactType()
                    + " " + kind + " utfört av " + a.profession()));
            return;
        }
        BigDecimal kr = price.get().kr();
        BigDecimal fee = p.deductPatientFee() ? a.patientFee().min(kr) : BigDecimal.ZERO;
        String detail = a.contactType() + " " + a.profession() + " " + kind + " " + SwedishNumbers.decimal(kr) + " kr"
                + (p.deductPatientFee() ? " − patientavgift " + SwedishNumbers.decimal(fee) + " kr" : "");
        paid.accept(new Priced(a, a.hsaId(), Components.VISITS, BigDecimal.ONE, kr.subtract(fee), detail));
    }
}
