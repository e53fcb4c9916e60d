package se.vardval.followup;

import java.time.YearMonth;
import java.util.List;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Sex;

/**
 * A vårdval's follow-up month by month: one report per month in which some unit had a contract, oldest first, each
 * with its own units, regional values and suppression.
 */
public record FollowUpTrend(CareChoice careChoice, List<FollowUpReport> months) {

    /** One month's publishable value of an indicator. */
    public record Point(YearMonth period, Cell cell) {
    }

    /** Keeps an unmodifiable copy of the months. */
    public FollowUpTrend {
        months = List.copyOf(months);
    }

    /**
     * What may be published of a unit's (or, for a null HSA-id, the region's) indicator for women, men or everyone
     * (null sex) in each month, suppressed and missing months included so that a gap stays a gap.
     */
    public List<Point> series(String hsaId, String indicator, Sex sex) {
        return months.stream().map(m -> new Point(m.period(), m.cell(hsaId, indicator, sex))).toList();
    }
}
