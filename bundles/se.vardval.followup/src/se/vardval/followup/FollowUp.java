package se.vardval.followup;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;

/** The follow-up of a vårdval: its units' indicators for a period and the public comparison page built from them. */
public interface FollowUp {

    /** The smallest group whose value is published unless the caller asks for another. */
    int DEFAULT_MINIMUM_COUNT = 10;

    /** The longest trend asked for at once. */
    int MAXIMUM_TREND_MONTHS = 36;

    /**
     * The indicators of every unit with a contract in the vårdval during the period, and the regional values.
     * Imported indicators are those of {@code indicators.csv} for the period together with every code the period's
     * rulebook names; with {@code computed} the continuity and coverage indicators are computed from the activities
     * (those without any value, such as a doctor's continuity in a vårdval without doctor's visits, are left out).
     *
     * @throws se.vardval.core.service.UserError when the vårdval is unknown or has no unit in the period, or the
     *             minimum count is below 1
     */
    FollowUpReport report(String careChoice, YearMonth period, boolean computed, int minimumCount);

    /**
     * The reports of the months {@code from} to {@code to} (at most {@value #MAXIMUM_TREND_MONTHS} months), leaving out
     * months in which no unit had a contract; computed indicators are computed for every month in one pass over the
     * activities.
     *
     * @throws se.vardval.core.service.UserError when the vårdval is unknown, the range is empty or too long, no month
     *             has a unit, or the minimum count is below 1
     */
    FollowUpTrend trend(String careChoice, YearMonth from, YearMonth to, boolean computed, int minimumCount);

    /** Writes the report as the static, self-contained Swedish comparison page (HTML, UTF-8 text). */
    void writePage(FollowUpReport report, Writer out) throws IOException;
}
