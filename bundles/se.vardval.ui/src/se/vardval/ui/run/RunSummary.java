package se.vardval.ui.run;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;

/**
 * The totals of a run's lines: per provider and unit, and per unit and component, in the order the run view shows
 * them (providers and units by name, components by code). Units the register does not know are kept under an unknown
 * provider rather than dropped.
 */
public final class RunSummary {

    /** A provider with its units' totals. */
    public record ProviderTotal(Provider provider, BigDecimal total, List<UnitTotal> units) {
    }

    /** A unit with its total and its lines. */
    public record UnitTotal(Unit unit, BigDecimal total, List<PaymentLine> lines) {
    }

    private final List<ProviderTotal> providers;
    private final List<String> components;
    private final BigDecimal total;

    private RunSummary(List<ProviderTotal> providers, List<String> components, BigDecimal total) {
        this.providers = providers;
        this.components = components;
        this.total = total;
    }

    /** Sums the lines with the register's providers and units. */
    public static RunSummary of(List<PaymentLine> lines, List<Provider> providers, List<Unit> units) {
        Map<String, Unit> unitByHsa = new LinkedHashMap<>();
        units.forEach(u -> unitByHsa.put(u.hsaId(), u));
        Map<String, Provider> providerByOrgNr = new LinkedHashMap<>();
        providers.forEach(p -> providerByOrgNr.put(p.orgNr(), p));
        Map<String, List<PaymentLine>> linesByUnit = new TreeMap<>();
        TreeSet<String> components = new TreeSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PaymentLine line : lines) {
            linesByUnit.computeIfAbsent(line.hsaId(), k -> new ArrayList<>()).add(line);
            components.add(line.component());
            total = total.add(line.amount());
        }
        Map<Provider, List<UnitTotal>> byProvider = new LinkedHashMap<>();
        linesByUnit.forEach((hsaId, unitLines) -> {
            Unit unit = unitByHsa.getOrDefault(hsaId, new Unit(hsaId, hsaId, "", null, null));
            Provider provider = providerByOrgNr.getOrDefault(unit.orgNr(), new Provider(unit.orgNr(), "?", null));
            byProvider.computeIfAbsent(provider, p -> new ArrayList<>()).add(new UnitTotal(unit, sum(unitLines),
                    unitLines.stream().sorted(Comparator.comparing(PaymentLine::component)).toList()));
        });
        List<ProviderTotal> result = new ArrayList<>();
        byProvider.forEach((provider, unitTotals) -> {
            List<UnitTotal> sorted = unitTotals.stream().sorted(Comparator.comparing(u -> u.unit().name())).toList();
            result.add(new ProviderTotal(provider, sorted.stream().map(UnitTotal::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add), sorted));
        });
        result.sort(Comparator.comparing(p -> p.provider().name()));
        return new RunSummary(List.copyOf(result), List.copyOf(components), total);
    }

    private static BigDecimal sum(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The providers with their units, by name. */
    public List<ProviderTotal> providers() {
        return providers;
    }

    /** Every unit, grouped by provider and then by name. */
    public List<UnitTotal> units() {
        return providers.stream().flatMap(p -> p.units().stream()).toList();
    }

    /** The component codes that occur in the run, sorted. */
    public List<String> components() {
        return components;
    }

    /** The run's total: the sum of its rounded lines. */
    public BigDecimal total() {
        return total;
    }

    /** The amount of one component at one unit (zero when the unit has no such line). */
    public static BigDecimal amount(UnitTotal unit, String component) {
        return unit.lines().stream().filter(l -> l.component().equals(component)).map(PaymentLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
