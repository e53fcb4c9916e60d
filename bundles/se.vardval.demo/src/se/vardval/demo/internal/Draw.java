package se.vardval.demo.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

/** Random draws the generator needs beyond {@link SplittableRandom}'s own. */
final class Draw {

    private Draw() {
    }

    /** An index drawn with the given shares (which sum to about 1; the last index takes the rest). */
    static int index(SplittableRandom random, double[] shares) {
        double u = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            u -= shares[i];
            if (u < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** A Poisson-distributed count with the given mean (Knuth's method, for small means). */
    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A uniform day between the two dates, both included. */
    static LocalDate day(SplittableRandom random, LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(last.toEpochDay() - first.toEpochDay() + 1));
    }
}
