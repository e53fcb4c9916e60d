package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;

/** Lays the lines of several scenarios side by side per unit and component, with unit totals and a grand total. */
final class ScenarioTable {

    /** The unit id of the row that sums all units. */
    static final String ALL_UNITS = "*";

    private ScenarioTable() {
    }

    static ScenarioComparison of(String careChoice, YearMonth period, List<String> names,
            List<List<PaymentLine>> results, List<Unit> units) {
        int n = names.size();
        Map<String, Map<String, BigDecimal[]>> cells = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            for (PaymentLine line : results.get(i)) {
                BigDecimal[] amounts = cells.computeIfAbsent(line.hsaId(), u -> new TreeMap<>())
                        .computeIfAbsent(line.component(), c -> zeros(n));
                amounts[i] = amounts[i].add(line.amount());
            }
        }
        Map<String, String> unitNames = units.stream().collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
        List<ScenarioRow> rows = new ArrayList<>();
        BigDecimal[] all = zeros(n);
        cells.forEach((hsaId, components) -> {
            String name = unitNames.getOrDefault(hsaId, "");
            BigDecimal[] total = zeros(n);
            components.forEach((component, amounts) -> {
                rows.add(new ScenarioRow(hsaId, name, component, List.of(amounts)));
                add(total, amounts);
            });
            rows.add(new ScenarioRow(hsaId, name, ScenarioRow.TOTAL, List.of(total)));
            add(all, total);
        });
        rows.add(new ScenarioRow(ALL_UNITS, "all units", ScenarioRow.TOTAL, List.of(all)));
        return new ScenarioComparison(careChoice, period, List.copyOf(names), List.copyOf(rows));
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] zeros = new BigDecimal[n];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static void add(BigDecimal[] sum, BigDecimal[] amounts) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] = sum[i].add(amounts[i]);
        }
    }
}
