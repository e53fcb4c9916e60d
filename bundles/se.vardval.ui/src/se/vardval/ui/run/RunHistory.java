package se.vardval.ui.run;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.store.RunStore;
import se.vardval.ui.format.SwedishFormat;

/**
 * The month against the months before it: for each of the last months up to the shown run's, the newest ordinary
 * (non-correction) run of the vårdval, or the shown run itself for its own month.
 */
final class RunHistory {

    private static final int MONTHS = 12;

    private RunHistory() {
    }

    static ChartData of(RunStore runs, PaymentRun shown, List<PaymentLine> shownLines) {
        Map<YearMonth, PaymentRun> newest = new TreeMap<>();
        for (PaymentRun run : runs.list(shown.careChoice())) {
            boolean ordinary = run.correctsRunId() == null;
            boolean earlier = run.period().isBefore(shown.period());
            if (ordinary && earlier && !run.period().isBefore(shown.period().minusMonths(MONTHS - 1))) {
                newest.merge(run.period(), run, (a, b) -> a.id() > b.id() ? a : b);
            }
        }
        List<String> months = new ArrayList<>();
        List<List<PaymentLine>> lines = new ArrayList<>();
        newest.forEach((month, run) -> {
            months.add(SwedishFormat.month(month));
            lines.add(runs.lines(run.id()));
        });
        months.add(SwedishFormat.month(shown.period()));
        lines.add(shownLines);
        return ChartData.perMonth(months, lines);
    }
}
