package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.specialist.internal.CeilingSplit.ProviderYear;

/**
 * The month's lines in order: the activities' lines (VISITS, DRG, DRG_OUTLIER, EPISODE, VALUE_BASED), the targets on
 * the month's production, the fixed grants, and the ceiling on production; sorted by unit and component.
 */
final class Calculation {

    private Calculation() {
    }

    /** The month's lines and what the activities came to. */
    record Month(List<PaymentLine> lines, MonthActivities activities) {
    }

    /**
     * Calculates the month from its activities, the history before it (for episodes) and each provider's production
     * paid in the year's earlier months (for the ceiling).
     */
    static Month month(RunContext run, List<Activity> month, List<Activity> history,
            Map<String, BigDecimal> earlierProduction) {
        MonthActivities activities = MonthActivities.price(run, month, history);
        List<PaymentLine> lines = activityLines(activities.paid());
        lines.addAll(Targets.lines(run, production(lines)));
        lines.addAll(FixedGrant.lines(run));
        lines.addAll(ceiling(run, lines, earlierProduction));
        lines.sort(PaymentLine.ORDER);
        return new Month(List.copyOf(lines), activities);
    }

    /** One line per unit and component of the priced activities, each rounded once from the exact sum. */
    static List<PaymentLine> activityLines(List<Priced> paid) {
        Map<String, Map<String, List<Priced>>> byUnit = new TreeMap<>();
        for (Priced p : paid) {
            byUnit.computeIfAbsent(p.hsaId(), u -> new TreeMap<>()).computeIfAbsent(p.component(),
                    c -> new ArrayList<>()).add(p);
        }
        List<PaymentLine> lines = new ArrayList<>();
        byUnit.forEach((hsaId, components) -> components.forEach((component, items) -> {
            BigDecimal basis = items.stream().map(Priced::basis).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal amount = items.stream().map(Priced::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            PaymentLines.add(lines, hsaId, component, basis, amount, BigDecimal.ONE);
        }));
        return lines;
    }

    /** Each unit's production of the month: the sum of its rounded production lines. */
    static Map<String, BigDecimal> production(List<PaymentLine> lines) {
        Map<String, BigDecimal> production = new TreeMap<>();
        for (PaymentLine line : lines) {
            if (Components.PRODUCTION.contains(line.component())) {
                production.merge(line.hsaId(), line.amount(), BigDecimal::add);
            }
        }
        return production;
    }

    private static List<PaymentLine> ceiling(RunContext run, List<PaymentLine> lines,
            Map<String, BigDecimal> earlierProduction) {
        List<PaymentLine> ceilingLines = new ArrayList<>();
        if (!run.parameters().ceiling().applies()) {
            return ceilingLines;
        }
        Map<String, Map<String, BigDecimal>> byProvider = new TreeMap<>();
        production(lines).forEach((hsaId, amount) -> byProvider
                .computeIfAbsent(run.units().orgNrOf(hsaId), p -> new TreeMap<>()).put(hsaId, amount));
        byProvider.forEach((orgNr, units) -> ceilingLines.addAll(CeilingSplit.lines(
                new ProviderYear(earlierProduction.getOrDefault(orgNr, BigDecimal.ZERO), units),
                run.parameters().ceiling())));
        return ceilingLines;
    }
}
