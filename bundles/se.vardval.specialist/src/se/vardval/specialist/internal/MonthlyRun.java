package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.RejectedItem;

/**
 * A month of the specialist model read from its run inputs: the month's activities, the episode history before it
 * (five of the longest warranties back) and each provider's production paid in the year's approved months.
 */
final class MonthlyRun {

    private final RunContext context;
    private final Map<String, BigDecimal> earlierProduction;
    private final Calculation.Month month;

    private MonthlyRun(RunContext context, Map<String, BigDecimal> earlierProduction, Calculation.Month month) {
        this.context = context;
        this.earlierProduction = earlierProduction;
        this.month = month;
    }

    static MonthlyRun of(RunContext run) {
        List<Activity> activities = new ArrayList<>();
        run.inputs().forEachActivity(activities::add);
        LocalDate first = run.inputs().period().atDay(1);
        List<Activity> history = new ArrayList<>();
        if (!run.parameters().episodes().isEmpty()) {
            run.inputs().forEachActivityBetween(EpisodeLedger.historyFrom(run.parameters(), first),
                    first.minusDays(1), a -> {
                        if (EpisodeLedger.isEpisode(a)) {
                            history.add(a);
                        }
                    });
        }
        Map<String, BigDecimal> earlier = earlierProduction(run);
        return new MonthlyRun(run, earlier, Calculation.month(run, activities, history, earlier));
    }

    /**
     * Each provider's production (VISITS, DRG, DRG_OUTLIER, EPISODE) paid by the approved runs of the year's months
     * before this one; lines of units that no longer have a contract are counted through nobody and warned of, and so
     * are the earlier months without an approved line, whose production the ceiling cannot count yet.
     */
    private static Map<String, BigDecimal> earlierProduction(RunContext run) {
        Map<String, BigDecimal> earlier = new TreeMap<>();
        YearMonth period = run.inputs().period();
        if (!run.parameters().ceiling().applies() || period.getMonthValue() == 1) {
            return earlier;
        }
        Set<String> unknown = new TreeSet<>();
        Set<YearMonth> approvedMonths = new TreeSet<>();
        for (ApprovedLine approved : run.inputs().approvedLines(YearMonth.of(period.getYear(), 1),
                period.minusMonths(1))) {
            approvedMonths.add(approved.period());
            if (Components.PRODUCTION.contains(approved.line().component())) {
                String orgNr = run.units().orgNrOf(approved.line().hsaId());
                if (orgNr == null) {
                    unknown.add(approved.line().hsaId());
                } else {
                    earlier.merge(orgNr, approved.line().amount(), BigDecimal::add);
                }
            }
        }
        unknown.forEach(hsaId -> run.warn(hsaId, "CEILING_UNIT_WITHOUT_CONTRACT", "Enheten fick ersättning för"
                + " produktion tidigare under " + period.getYear() + " men har inget avtal i " + period + ": den"
                + " produktionen räknas inte mot någon vårdgivares takbelopp."));
        warnUnapproved(run, approvedMonths);
        return earlier;
    }

    /**
     * Warns of the year's months before the run's with no approved line (an approved run without lines cannot be told
     * from none): the ceiling leaves their production out until they are approved and the month is corrected.
     */
    private static void warnUnapproved(RunContext run, Set<YearMonth> approvedMonths) {
        YearMonth period = run.inputs().period();
        List<YearMonth> missing = ApprovedLine.monthsWithout(approvedMonths, YearMonth.of(period.getYear(), 1),
                period);
        if (!missing.isEmpty()) {
            run.warn(null, "CEILING_MONTH_NOT_APPROVED", "Takbeloppet räknar bara med attesterad produktion under "
                    + period.getYear() + "; ingen körning är attesterad för "
                    + missing.stream().map(YearMonth::toString).collect(Collectors.joining(", "))
                    + ", så produktionen då är inte medräknad. När de har attesterats: beräkna " + period + " igen, eller"
                    + " korrigera den om den redan är attesterad, så betalas skillnaden.");
        }
    }

    RunContext context() {
        return context;
    }

    Calculation.Month month() {
        return month;
    }

    Map<String, BigDecimal> earlierProduction() {
        return earlierProduction;
    }

    /** The model result: lines, warnings (sorted) and every unpaid activity with its reason. */
    ModelResult result() {
        List<RejectedItem> rejections = month.activities().unpaid().stream().map(u -> new RejectedItem(
                u.activity().hsaId(), u.activity().activityId(), u.activity().personId(), u.activity().date(),
                u.reasonCode(), u.reason())).toList();
        return ModelResult.sorted(month.lines(), context.warnings(), rejections, List.of());
    }
}
