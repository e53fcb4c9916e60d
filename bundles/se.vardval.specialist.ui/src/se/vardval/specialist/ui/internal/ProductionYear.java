package se.vardval.specialist.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.PaymentLine;
import se.vardval.specialist.Production;

/**
 * Each provider's production and ceiling reductions month by month from January to a month, from the vårdval's runs:
 * a month with
 * an approved ordinary run counts that run and its approved corrections (what the model carries across the year);
 * a month without one counts its newest calculated run, marked as not yet approved.
 */
record ProductionYear(int year, List<ProviderYear> providers, List<Integer> approvedMonths,
        List<Integer> calculatedMonths) {

    /** One provider's production and (negative) ceiling reductions per month, January first. */
    record ProviderYear(String orgNr, String name, BigDecimal[] production, BigDecimal[] reduction) {

        BigDecimal totalProduction() {
            return Arrays.stream(production).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal totalReduction() {
            return Arrays.stream(reduction).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Production from January to the month (1–12), cumulated. */
        BigDecimal cumulated(int month) {
            return Arrays.stream(production, 0, month).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** How much of the year's production is above the ceiling. */
        BigDecimal above(BigDecimal ceiling) {
            return totalProduction().subtract(ceiling).max(BigDecimal.ZERO);
        }
    }

    /**
     * Reads January to {@code upTo} from the vårdval's runs (newest first, as the run store lists them), their lines, the unit to
     * provider map and the providers' names.
     */
    static ProductionYear of(YearMonth upTo, List<PaymentRun> runs, Function<Long, List<PaymentLine>> lines,
            Map<String, String> providerOfUnit, Map<String, String> providerNames) {
        int year = upTo.getYear();
        Map<String, BigDecimal[][]> byProvider = new TreeMap<>();
        List<Integer> approved = new ArrayList<>();
        List<Integer> calculated = new ArrayList<>();
        for (int month = 1; month <= upTo.getMonthValue(); month++) {
            YearMonth period = YearMonth.of(year, month);
            Optional<PaymentRun> ordinary = approvedOrdinary(runs, period);
            List<PaymentRun> counted = new ArrayList<>();
            if (ordinary.isPresent()) {
                approved.add(month);
                counted.add(ordinary.get());
                runs.stream().filter(r -> ordinary.get().id() == nullToZero(r.correctsRunId()) && isApproved(r))
                        .forEach(counted::add);
            } else {
                runs.stream().filter(r -> r.period().equals(period) && r.correctsRunId() == null).findFirst()
                        .ifPresent(r -> {
                            calculated.add(period.getMonthValue());
                            counted.add(r);
                        });
            }
            for (PaymentRun run : counted) {
                add(byProvider, month, lines.apply(run.id()), providerOfUnit);
            }
        }
        List<ProviderYear> providers = new ArrayList<>();
        byProvider.forEach((orgNr, figures) -> providers.add(new ProviderYear(orgNr,
                providerNames.getOrDefault(orgNr, orgNr), figures[0], figures[1])));
        return new ProductionYear(year, List.copyOf(providers), List.copyOf(approved), List.copyOf(calculated));
    }

    private static void add(Map<String, BigDecimal[][]> byProvider, int month, List<PaymentLine> lines,
            Map<String, String> providerOfUnit) {
        for (PaymentLine line : lines) {
            boolean production = Production.isProduction(line.component());
            if (!production && !line.component().equals(Production.CEILING)) {
                continue;
            }
            BigDecimal[][] figures = byProvider.computeIfAbsent(providerOfUnit.getOrDefault(line.hsaId(),
                    line.hsaId()), p -> new BigDecimal[][] { zeros(), zeros() });
            int row = production ? 0 : 1;
            figures[row][month - 1] = figures[row][month - 1].add(line.amount());
        }
    }

    private static Optional<PaymentRun> approvedOrdinary(List<PaymentRun> runs, YearMonth period) {
        return runs.stream().filter(r -> r.period().equals(period) && r.correctsRunId() == null && isApproved(r))
                .findFirst();
    }

    private static boolean isApproved(PaymentRun run) {
        return run.state() == RunState.APPROVED || run.state() == RunState.EXPORTED;
    }

    private static long nullToZero(Long id) {
        return id == null ? 0 : id;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] zeros = new BigDecimal[12];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    /** The months as a short list, e.g. "1–3, 5", or "–" when none. */
    static String months(List<Integer> months) {
        if (months.isEmpty()) {
            return "–";
        }
        List<String> ranges = new ArrayList<>();
        TreeSet<Integer> set = new TreeSet<>(months);
        int from = set.first();
        int to = from;
        for (int m : set.tailSet(from, false)) {
            if (m != to + 1) {
                ranges.add(from == to ? "" + from : from + "–" + to);
                from = m;
            }
            to = m;
        }
        ranges.add(from == to ? "" + from : from + "–" + to);
        return String.join(", ", ranges);
    }
}
