package se.vardval.demo.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.SplittableRandom;

import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;

/**
 * Out-of-county visitors: persons not in {@code persons.csv} who visit once, mostly at the ski resorts and most in
 * the winter season.
 */
final class Visitors {

    private static final double PER_RESIDENT_AND_MONTH = 0.0015;

    private final RegionPlan plan;
    private final SplittableRandom random;
    private final PersonIds ids;
    private final Visits visits;
    private final double visitRate;

    Visitors(RegionPlan plan, SplittableRandom random, PersonIds ids, Visits visits, double visitRate) {
        this.plan = plan;
        this.random = random;
        this.ids = ids;
        this.visits = visits;
        this.visitRate = visitRate;
    }

    /** Writes the visitors' visits of each month. */
    void write(int residents, YearMonth from, int months) throws IOException {
        int attraction = 0;
        for (DemoUnit unit : plan.units()) {
            attraction += unit.attraction();
        }
        for (int month = 0; month < months; month++) {
            YearMonth period = from.plusMonths(month);
            double season = winter(period.getMonth()) ? 2.5 : 1;
            long count = Math.max(1, Math.round(residents * PER_RESIDENT_AND_MONTH * season * visitRate));
            for (long i = 0; i < count; i++) {
                LocalDate day = Draw.day(random, period.atDay(1), period.atEndOfMonth());
                LocalDate born = day.minusYears(18 + random.nextInt(57)).minusDays(random.nextInt(365));
                PersonId visitor = ids.next(born, random.nextBoolean() ? Sex.F : Sex.M, false);
                visits.write(visitor, unit(attraction), day, true);
            }
        }
    }

    private DemoUnit unit(int totalAttraction) {
        int u = random.nextInt(totalAttraction);
        for (DemoUnit unit : plan.units()) {
            u -= unit.attraction();
            if (u < 0) {
                return unit;
            }
        }
        throw new IllegalStateException("attraction out of range");
    }

    private static boolean winter(Month month) {
        return month.compareTo(Month.APRIL) <= 0 || month == Month.DECEMBER;
    }
}
