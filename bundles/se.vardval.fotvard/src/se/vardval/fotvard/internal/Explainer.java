package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.service.UserError;

/**
 * Answers an explanation request: a unit's lines and rejected treatments, the treatments behind a line (or, as
 * component {@code REJECTED}, the unit's rejected ones with their reasons), or one person's treatments of the month.
 */
final class Explainer {

    /** The pseudo-component that lists a unit's rejected treatments. */
    static final String REJECTED = "REJECTED";

    private static final List<String> PAID_COLUMNS = List.of("Aktivitet", "Datum", "Personnummer", "Remiss",
            "Arvode", "Avdragen patientavgift", "Kr");
    private static final List<String> REJECTED_COLUMNS = List.of("Aktivitet", "Datum", "Personnummer", "Remiss",
            "Orsakskod", "Orsak");

    private Explainer() {
    }

    static Explanation explain(RunContext run, ExplainRequest request) {
        if (request.personId() != null) {
            return person(run, request.personId());
        }
        if (request.hsaId() == null) {
            throw new UserError("En förklaring behöver en enhet (hsaId) eller en person (personId).");
        }
        String hsaId = request.hsaId();
        List<Decision> atUnit = run.decisions().stream().filter(d -> d.treatment().hsaId().equals(hsaId)).toList();
        List<PaymentLine> lines = Lines.of(atUnit);
        String component = request.component();
        if (component == null) {
            return unit(run, hsaId, atUnit, lines);
        }
        if (component.equals(REJECTED)) {
            return new Explanation("Avvisade behandlingar vid " + hsaId + " i " + run.inputs().period() + ": "
                    + atUnit.stream().filter(d -> !d.isPaid()).count() + ", ersätts inte.", REJECTED_COLUMNS,
                    rows(atUnit, d -> !d.isPaid(), Explainer::rejectedRow));
        }
        PaymentLine line = lines.stream().filter(l -> l.component().equals(component)).findFirst().orElse(null);
        String head = FotvardComponents.NAMES.labelOf(component) + " vid " + hsaId + " i " + run.inputs().period()
                + ": " + (line == null
                ? "ingen rad (0 kr). "
                : treatments(line.basis()) + ", " + SwedishNumbers.kronor(line.amount())
                        + " (den exakta summan avrundad en gång). ");
        if (component.equals(Lines.HOME_VISIT)) {
            return new Explanation(head + "homeVisitSupplement " + SwedishNumbers.decimal(run.parameters()
                    .homeVisitSupplement()) + " kr per ersatt behandling i hemmet.", PAID_COLUMNS,
                    rows(atUnit, d -> d.isPaid() && d.isHomeVisit(), d -> paidRow(d, d.homeVisitSupplement())));
        }
        int group = riskGroup(component);
        return new Explanation(head + "fees." + group + " " + SwedishNumbers.decimal(run.parameters().fee(group))
                + " kr per ersatt behandling på remiss i riskgrupp " + group
                + (run.parameters().deductPatientFee() ? ", med den betalda patientavgiften avdragen." : "."),
                PAID_COLUMNS,
                rows(atUnit, d -> d.isPaid() && d.referral().riskGroup() == group, d -> paidRow(d, d.netFee())));
    }

    private static Explanation unit(RunContext run, String hsaId, List<Decision> atUnit, List<PaymentLine> lines) {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PaymentLine line : lines) {
            rows.add(List.of(FotvardComponents.NAMES.labelOf(line.component()), line.basis().toPlainString(),
                    line.rate().toPlainString(), line.amount().toPlainString()));
            total = total.add(line.amount());
        }
        Map<Rejection, Integer> rejected = new TreeMap<>();
        atUnit.stream().filter(d -> !d.isPaid()).forEach(d -> rejected.merge(d.rejection(), 1, Integer::sum));
        return new Explanation(hsaId + " i " + run.inputs().period() + ": " + SwedishNumbers.kronor(total)
                + " totalt, summan av enhetens avrundade rader; avvisade behandlingar: "
                + (rejected.isEmpty() ? "inga" : rejected.toString().replaceAll("[{}]", "")) + ".",
                List.of("Komponent", "Underlag", "À-pris", "Belopp"), rows);
    }

    private static Explanation person(RunContext run, String personId) {
        List<List<String>> rows = new ArrayList<>();
        for (Decision d : run.decisions()) {
            if (d.treatment().personId().equals(personId)) {
                rows.add(List.of(d.treatment().activityId(), d.treatment().date().toString(), d.treatment().hsaId(),
                        d.referral() == null ? "" : d.referral().id() + " (riskgrupp " + d.referral().riskGroup() + ")",
                        d.isPaid() ? "ersatt" : d.rejection().name() + ": " + d.reason(),
                        d.isPaid() ? d.total().toPlainString() : "0"));
            }
        }
        return new Explanation(personId + " i " + run.inputs().period() + ": varje behandling inom medicinsk"
                + " fotvård, ersatt (arvode netto och tillägg för hembesök) eller avvisad med sin orsak.",
                List.of("Aktivitet", "Datum", "Enhet", "Remiss", "Beslut", "Kr"), rows);
    }

    private static String treatments(BigDecimal count) {
        return count.compareTo(BigDecimal.ONE) == 0 ? "1 behandling" : SwedishNumbers.decimal(count) + " behandlingar";
    }

    private static int riskGroup(String component) {
        if (component.startsWith(Lines.TREATMENT)) {
            String group = component.substring(Lines.TREATMENT.length());
            if (FotvardParameters.RISK_GROUPS.stream().anyMatch(g -> String.valueOf(g).equals(group))) {
                return Integer.parseInt(group);
            }
        }
        throw new UserError("Medicinsk fotvård har ingen komponent " + component + " (kända: TREATMENT_RISK2,"
                + " TREATMENT_RISK3, TREATMENT_RISK4, HOME_VISIT, REJECTED).");
    }

    private static List<List<String>> rows(List<Decision> decisions, Predicate<Decision> which,
            Function<Decision, List<String>> row) {
        return decisions.stream().filter(which).map(row).toList();
    }

    private static List<String> paidRow(Decision d, BigDecimal kr) {
        return List.of(d.treatment().activityId(), d.treatment().date().toString(), d.treatment().personId(),
                d.referral().id(), PaymentLines.plain(d.fee()).toPlainString(),
                PaymentLines.plain(d.patientFeeDeducted()).toPlainString(), PaymentLines.plain(kr).toPlainString());
    }

    private static List<String> rejectedRow(Decision d) {
        return List.of(d.treatment().activityId(), d.treatment().date().toString(), d.treatment().personId(),
                d.referral() == null ? "" : d.referral().id(), d.rejection().name(), d.reason());
    }
}
