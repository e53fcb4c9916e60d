package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.service.UserError;
import se.vardval.tandvard.internal.EmergencyElsewhere.Treatment;

/** Answers an explanation request: a unit's lines, the children or treatments behind a line, or one child's amounts. */
final class Explainer {

    private static final List<String> CHILD_COLUMNS = List.of("Personnummer", "Ickeval", "Ålder", "Åldersgrupp",
            "Område", "Vårdbehovsgrupp", "Kr per år", "Kr per månad");

    private static final List<String> TREATMENT_COLUMNS = List.of("Aktivitet", "Datum", "Personnummer",
            "Behandlande klinik", "Listningsklinik", "Åtgärd", "Kr");

    private Explainer() {
    }

    static Explanation explain(RunContext run, ExplainRequest request) {
        if (request.personId() != null) {
            return person(run, request.personId());
        }
        if (request.hsaId() == null) {
            throw new UserError("En förklaring behöver en klinik (hsaId) eller ett barn (personId).");
        }
        String hsaId = request.hsaId();
        List<PaymentLine> lines = Calculation.lines(run).stream().filter(l -> l.hsaId().equals(hsaId)).toList();
        if (request.component() == null) {
            List<List<String>> rows = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (PaymentLine line : lines) {
                rows.add(List.of(TandvardComponents.NAMES.labelOf(line.component()), PaymentLines.show(line.basis()),
                        PaymentLines.show(line.rate()), line.amount().toPlainString()));
                total = total.add(line.amount());
            }
            return new Explanation(hsaId + " i " + run.inputs().period() + ": " + SwedishNumbers.kronor(total)
                    + " totalt, summan av klinikens avrundade rader.", List.of("Komponent", "Underlag", "À-pris",
                            "Belopp"), rows);
        }
        String component = request.component();
        PaymentLine line = lines.stream().filter(l -> l.component().equals(component)).findFirst().orElse(null);
        String head = TandvardComponents.NAMES.labelOf(component) + " vid " + hsaId + " i " + run.inputs().period()
                + ": "
                + (line == null ? "ingen rad (0 kr). " : PaymentLines.describe(line) + ". ");
        return switch (component) {
            case Capitation.CODE -> children(run, hsaId, head);
            case RiskPool.CODE -> new Explanation(head + SwedishNumbers.decimal(run.parameters().riskPool().percent())
                    + " % av CAPITATION-raden för en privat vårdgivares klinik hålls inne till riskpoolen.",
                    List.of(), List.of());
            case EmergencyElsewhere.CODE, EmergencyElsewhere.CHARGE -> treatments(run, hsaId, component, head);
            case RiskPoolPayout.CODE -> PayoutExplanation.explain(run, head);
            default -> throw new UserError("Tandvård har ingen komponent " + component + ".");
        };
    }

    private static Explanation children(RunContext run, String hsaId, String head) {
        List<List<String>> rows = new ArrayList<>();
        Capitation.forEachChild(run, hsaId, child -> rows.add(childRow(child)));
        return new Explanation(head + "Σ capitation[åldersgrupp][vårdbehovsgrupp] / 12 över barnen listade den "
                + run.listingDay() + " i åldern " + run.parameters().minAge() + "–" + run.parameters().maxAge()
                + "; barn utanför åldersgränserna ger 0.", CHILD_COLUMNS, rows);
    }

    private static List<String> childRow(ListedChild child) {
        return List.of(child.personId(), child.listed().listing().assigned() ? "ja" : "nej",
                String.valueOf(child.age()), child.paid() ? child.group().label() : "utanför åldersgränserna",
                child.areaCode() == null ? "" : child.areaCode(),
                child.careNeedGroup() + (child.areaKnown() ? "" : " (standard)"), PaymentLines.show(child.krPerYear()),
                child.krPerYear().divide(PaymentLines.MONTHS, 4, RoundingMode.HALF_UP).toPlainString());
    }

    private static Explanation treatments(RunContext run, String hsaId, String component, String head) {
        boolean charge = component.equals(EmergencyElsewhere.CHARGE);
        List<List<String>> rows = new ArrayList<>();
        for (Treatment t : EmergencyElsewhere.month(run).paid()) {
            if ((charge ? t.listingHsaId() : t.activity().hsaId()).equals(hsaId)) {
                rows.add(treatmentRow(t, charge));
            }
        }
        return new Explanation(head + (charge ? "Akuttandvård för klinikens listade barn vid andra kliniker,"
                + " debiterad enligt emergencyFee[åtgärd]." : "Akuttandvård för barn listade vid andra kliniker,"
                + " ersatt enligt emergencyFee[åtgärd]."), TREATMENT_COLUMNS, rows);
    }

    private static List<String> treatmentRow(Treatment t, boolean charge) {
        return List.of(t.activity().activityId(), t.activity().date().toString(), t.activity().personId(),
                t.activity().hsaId(), t.listingHsaId(), t.activity().codes().get(EmergencyElsewhere.CODE_KEY),
                PaymentLines.show(charge ? t.fee().negate() : t.fee()));
    }

    private static Explanation person(RunContext run, String personId) {
        List<List<String>> rows = new ArrayList<>();
        Capitation.forEachChild(run, null, child -> {
            if (child.personId().equals(personId)) {
                rows.add(List.of(TandvardComponents.NAMES.nameOf(Capitation.CODE), child.hsaId(),
                        "ålder " + child.age() + ", "
                        + (child.paid() ? "åldersgrupp " + child.group().label() : "utanför åldersgränserna")
                        + ", vårdbehovsgrupp " + child.careNeedGroup(),
                        childRow(child).getLast()));
            }
        });
        for (Treatment t : EmergencyElsewhere.month(run).paid()) {
            if (t.activity().personId().equals(personId)) {
                String what = "akuttandvård " + t.activity().codes().get(EmergencyElsewhere.CODE_KEY) + " den "
                        + t.activity().date();
                rows.add(List.of(TandvardComponents.NAMES.nameOf(EmergencyElsewhere.CODE), t.activity().hsaId(), what,
                        PaymentLines.show(t.fee())));
                rows.add(List.of(TandvardComponents.NAMES.nameOf(EmergencyElsewhere.CHARGE), t.listingHsaId(), what,
                        PaymentLines.show(t.fee().negate())));
            }
        }
        return new Explanation(personId + " i " + run.inputs().period() + ": vad barnet gav varje klinik"
                + " (kapiteringen exakt innan raden avrundas).", List.of("Komponent", "Klinik", "Detalj", "Kr"),
                rows);
    }
}
