package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.service.UserError;
import se.vardval.tandvard.internal.EmergencyElsewhere.Treatment;

/** Answers an explanation request: a unit's lines, the children or treatments behind a line, or one child's amounts. */
final class Explainer {

    private static final List<String> CHILD_COLUMNS = List.of("personnummer", "ickeval", "age", "age group", "area",
            "care-need group", "kr per year", "kr per month");

    private static final List<String> TREATMENT_COLUMNS = List.of("activity", "date", "personnummer",
            "treating clinic", "listing clinic", "treatment", "kr");

    private Explainer() {
    }

    static Explanation explain(RunContext run, ExplainRequest request) {
        if (request.personId() != null) {
            return person(run, request.personId());
        }
        if (request.hsaId() == null) {
            throw new UserError("An explanation needs a clinic (hsaId) or a child (personId).");
        }
        String hsaId = request.hsaId();
        List<PaymentLine> lines = Calculation.lines(run).stream().filter(l -> l.hsaId().equals(hsaId)).toList();
        if (request.component() == null) {
            List<List<String>> rows = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (PaymentLine line : lines) {
                rows.add(List.of(line.component(), PaymentLines.show(line.basis()), PaymentLines.show(line.rate()),
                        line.amount().toPlainString()));
                total = total.add(line.amount());
            }
            return new Explanation(hsaId + " in " + run.inputs().period() + ": " + total.toPlainString()
                    + " kr in total, the sum of its rounded lines.", List.of("component", "basis", "rate", "amount"),
                    rows);
        }
        String component = request.component();
        PaymentLine line = lines.stream().filter(l -> l.component().equals(component)).findFirst().orElse(null);
        String head = component + " at " + hsaId + " in " + run.inputs().period() + ": " + (line == null
                ? "no line (0 kr). "
                : "basis " + PaymentLines.show(line.basis()) + " × rate " + PaymentLines.show(line.rate()) + " = "
                        + line.amount().toPlainString() + " kr (rounded once from the exact amount). ");
        return switch (component) {
            case Capitation.CODE -> children(run, hsaId, head);
            case RiskPool.CODE -> new Explanation(head + run.parameters().riskPool().percent().toPlainString()
                    + " % of the CAPITATION line of a private provider's clinic is withheld into the risk pool.",
                    List.of(), List.of());
            case EmergencyElsewhere.CODE, EmergencyElsewhere.CHARGE -> treatments(run, hsaId, component, head);
            case RiskPoolPayout.CODE -> PayoutExplanation.explain(run, head);
            default -> throw new UserError("Tandvård has no component " + component + ".");
        };
    }

    private static Explanation children(RunContext run, String hsaId, String head) {
        List<List<String>> rows = new ArrayList<>();
        Capitation.forEachChild(run, hsaId, child -> rows.add(childRow(child)));
        return new Explanation(head + "Σ capitation[age group][care-need group] / 12 over the children listed on "
                + run.listingDay() + " aged " + run.parameters().minAge() + "–" + run.parameters().maxAge()
                + "; children outside the limits bring 0.", CHILD_COLUMNS, rows);
    }

    private static List<String> childRow(ListedChild child) {
        return List.of(child.personId(), child.listed().listing().assigned() ? "yes" : "no",
                String.valueOf(child.age()), child.paid() ? child.group().label() : "outside the age limits",
                child.areaCode() == null ? "" : child.areaCode(),
                child.careNeedGroup() + (child.areaKnown() ? "" : " (default)"), PaymentLines.show(child.krPerYear()),
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
        return new Explanation(head + (charge ? "Emergency treatments of the clinic's listed children at other"
                + " clinics, charged at emergencyFee[treatment]." : "Emergency treatments of children listed at"
                + " other clinics, paid at emergencyFee[treatment]."), TREATMENT_COLUMNS, rows);
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
                rows.add(List.of(Capitation.CODE, child.hsaId(), "age " + child.age() + ", "
                        + (child.paid() ? "group " + child.group().label() : "outside the age limits")
                        + ", care-need group " + child.careNeedGroup(),
                        childRow(child).getLast()));
            }
        });
        for (Treatment t : EmergencyElsewhere.month(run).paid()) {
            if (t.activity().personId().equals(personId)) {
                String what = "emergency " + t.activity().codes().get(EmergencyElsewhere.CODE_KEY) + " on "
                        + t.activity().date();
                rows.add(List.of(EmergencyElsewhere.CODE, t.activity().hsaId(), what, PaymentLines.show(t.fee())));
                rows.add(List.of(EmergencyElsewhere.CHARGE, t.listingHsaId(), what,
                        PaymentLines.show(t.fee().negate())));
            }
        }
        return new Explanation(personId + " in " + run.inputs().period() + ": what the child brought each clinic"
                + " (capitation exact before the line is rounded).", List.of("component", "clinic", "detail", "kr"),
                rows);
    }
}
