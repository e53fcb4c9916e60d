package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.vardval.core.model.CodeKind;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.service.UserError;
import se.vardval.specialist.internal.SpecialistParameters.Target;

/**
 * Answers an explanation request: a unit's lines and unpaid activities, the activities behind an activity line, how a
 * target, fixed grant or ceiling line arose, or what one patient's activities brought.
 */
final class Explainer {

    private static final List<String> ACTIVITY_COLUMNS = List.of("Aktivitet", "Datum", "Personnummer",
            "Prissatt som", "Kr");
    private static final List<String> PERSON_COLUMNS = List.of("Aktivitet", "Datum", "Enhet", "Komponent", "Detalj",
            "Kr");

    private Explainer() {
    }

    static Explanation explain(RunContext run, Calculation.Month month, Map<String, BigDecimal> earlier,
            ExplainRequest request) {
        CodeNames codes = request.codeNames();
        if (request.personId() != null) {
            return person(run, month, request.personId());
        }
        if (request.hsaId() == null) {
            throw new UserError("En förklaring behöver en enhet (hsaId) eller en patient (personId).");
        }
        String hsaId = request.hsaId();
        List<PaymentLine> lines = month.lines().stream().filter(l -> l.hsaId().equals(hsaId)).toList();
        if (request.component() == null) {
            return unit(run, month, hsaId, lines, codes);
        }
        String component = request.component();
        PaymentLine line = lines.stream().filter(l -> l.component().equals(component)).findFirst().orElse(null);
        String head = SpecialistComponents.NAMES.labelOf(component, codes) + " vid " + hsaId + " i "
                + run.inputs().period() + ": "
                + (line == null ? "ingen rad (0 kr). " : PaymentLines.describe(line) + ". ");
        if (component.equals(Components.CEILING)) {
            return ceiling(run, month, earlier, hsaId, head);
        }
        if (component.equals(Components.FIXED)) {
            return new Explanation(head + "En tolftedel av årsbeloppet för avtalets tilläggsuppdrag "
                    + run.parameters().fixedGrantCode() + ".", List.of(), List.of());
        }
        if (component.startsWith(Components.TARGET_PREFIX)) {
            return target(run, month, hsaId, component, head, codes);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Priced p : month.activities().paid()) {
            if (p.hsaId().equals(hsaId) && p.component().equals(component)) {
                rows.add(List.of(p.activity().activityId(), p.activity().date().toString(), p.activity().personId(),
                        p.detail(), PaymentLines.show(p.amount())));
            }
        }
        if (rows.isEmpty() && line == null && !knownActivityComponent(component)) {
            throw new UserError("Specialistmodellen har ingen komponent " + component + ".");
        }
        return new Explanation(head + "Summan av aktiviteterna nedan.", ACTIVITY_COLUMNS, rows);
    }

    private static boolean knownActivityComponent(String component) {
        return List.of(Components.VISITS, Components.DRG, Components.DRG_OUTLIER, Components.EPISODE,
                Components.VALUE_BASED).contains(component);
    }

    private static Explanation unit(RunContext run, Calculation.Month month, String hsaId, List<PaymentLine> lines,
            CodeNames codes) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PaymentLine line : lines) {
            rows.add(List.of(SpecialistComponents.NAMES.labelOf(line.component(), codes),
                    PaymentLines.show(line.basis()), PaymentLines.show(line.rate()), line.amount().toPlainString()));
            total = total.add(line.amount());
        }
        for (Unpaid u : month.activities().unpaid()) {
            if (u.activity().hsaId().equals(hsaId)) {
                rows.add(List.of("ersätts inte: " + u.reasonCode(), u.activity().activityId(), u.reason(), "0.00"));
            }
        }
        return new Explanation(hsaId + " i " + run.inputs().period() + ": " + SwedishNumbers.kronor(total)
                + " totalt, summan av enhetens avrundade rader; aktiviteter som inte ersätts följer med sina orsaker.",
                List.of("Komponent", "Underlag", "À-pris", "Belopp"), rows);
    }

    private static Explanation ceiling(RunContext run, Calculation.Month month, Map<String, BigDecimal> earlier,
            String hsaId, String head) {
        String orgNr = run.units().orgNrOf(hsaId);
        BigDecimal before = earlier.getOrDefault(orgNr, BigDecimal.ZERO);
        BigDecimal now = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> unit : Calculation.production(month.lines()).entrySet()) {
            if (orgNr != null && orgNr.equals(run.units().orgNrOf(unit.getKey()))) {
                now = now.add(unit.getValue());
            }
        }
        SpecialistParameters.Ceiling c = run.parameters().ceiling();
        CeilingSplit.ProviderYear year = new CeilingSplit.ProviderYear(before, Map.of(orgNr == null ? "" : orgNr,
                now));
        return new Explanation(head + "Vårdgivare " + orgNr + ": takbelopp " + SwedishNumbers.decimal(c.annualAmount())
                + " kr per år; produktion ersatt tidigare månader " + SwedishNumbers.kronor(before) + ", denna månad "
                + SwedishNumbers.kronor(now) + ", varav " + SwedishNumbers.kronor(year.above(c.annualAmount()))
                + " över taket ersätts med " + SwedishNumbers.decimal(c.ratePercent())
                + " % (fördelat på vårdgivarens enheter efter deras produktion).", List.of(), List.of());
    }

    private static Explanation target(RunContext run, Calculation.Month month, String hsaId, String component,
            String head, CodeNames codes) {
        Target target = run.parameters().targets().stream().filter(t -> t.component().equals(component))
                .findFirst().orElseThrow(() -> new UserError("Förfrågningsunderlaget har inget mål " + component
                        + "."));
        BigDecimal production = Calculation.production(month.lines()).getOrDefault(hsaId, BigDecimal.ZERO);
        List<List<String>> rows = new ArrayList<>();
        String indicator = codes.nameOf(CodeKind.INDICATOR, target.indicator()).orElse(target.indicator());
        Targets.value(run, target, hsaId).ifPresent(v -> rows.add(List.of(indicator,
                PaymentLines.show(v.numerator()), PaymentLines.show(v.denominator()),
                (target.comparison() == SpecialistParameters.Comparison.AT_LEAST ? "≥ " : "≤ ")
                        + SwedishNumbers.decimal(target.threshold()), PaymentLines.show(production))));
        return new Explanation(head + SwedishNumbers.decimal(target.percent()) + " % av månadens produktion (VISITS,"
                + " DRG, DRG_OUTLIER, EPISODE) när indikatorn når målet.", List.of("Indikator", "Täljare",
                        "Nämnare", "Mål", "Produktion"), rows);
    }

    private static Explanation person(RunContext run, Calculation.Month month, String personId) {
        List<List<String>> rows = new ArrayList<>();
        for (Priced p : month.activities().paid()) {
            if (p.activity().personId().equals(personId)) {
                rows.add(List.of(p.activity().activityId(), p.activity().date().toString(), p.hsaId(),
                        SpecialistComponents.NAMES.nameOf(p.component()), p.detail(), PaymentLines.show(p.amount())));
            }
        }
        for (Unpaid u : month.activities().unpaid()) {
            if (u.activity().personId().equals(personId)) {
                rows.add(List.of(u.activity().activityId(), u.activity().date().toString(), u.activity().hsaId(),
                        "ersätts inte: " + u.reasonCode(), u.reason(), "0"));
            }
        }
        return new Explanation(personId + " i " + run.inputs().period() + ": vad patientens aktiviteter gav varje"
                + " enhet (exakt, innan raderna avrundas).", PERSON_COLUMNS, rows);
    }
}
