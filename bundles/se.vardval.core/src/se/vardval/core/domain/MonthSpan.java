package se.vardval.core.domain;

import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/** The months from {@code from} to {@code to}, both included, e.g. the earlier months whose payments a run read. */
public record MonthSpan(YearMonth from, YearMonth to) {

    /** A span of at least one month. */
    public MonthSpan {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the span " + from + ".." + to + " ends before it starts");
        }
    }

    /** The months {@code from}..{@code to}; empty when {@code to} is before {@code from} (no month at all). */
    public static Optional<MonthSpan> of(YearMonth from, YearMonth to) {
        return to.isBefore(from) ? Optional.empty() : Optional.of(new MonthSpan(from, to));
    }

    /** Whether the month is one of the span's. */
    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** The smallest span holding every month of this span and of {@code other}; this span when other is null. */
    public MonthSpan covering(MonthSpan other) {
        if (other == null) {
            return this;
        }
        return new MonthSpan(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
    }
}
