package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact quotient of two decimals, so that an amount is divided only once: when its line is rounded. The
 * denominator is always positive.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {

    static final Fraction ZERO = of(BigDecimal.ZERO);

    Fraction {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
    }

    static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    static Fraction of(BigDecimal numerator, BigDecimal denominator) {
        return new Fraction(numerator, denominator);
    }

    Fraction times(BigDecimal factor) {
        return new Fraction(numerator.multiply(factor), denominator);
    }

    Fraction dividedBy(BigDecimal divisor) {
        return new Fraction(numerator, denominator.multiply(divisor));
    }

    Fraction dividedBy(Fraction divisor) {
        return new Fraction(numerator.multiply(divisor.denominator), denominator.multiply(divisor.numerator));
    }

    Fraction plus(Fraction other) {
        if (denominator.compareTo(other.denominator) == 0) {
            return new Fraction(numerator.add(other.numerator), denominator);
        }
        return new Fraction(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    int signum() {
        return numerator.signum();
    }

    /** Compares the exact value with {@code value} without rounding either. */
    int compareTo(BigDecimal value) {
        return numerator.compareTo(value.multiply(denominator));
    }

    /** The value rounded once, half-up, to {@code scale} decimals. */
    BigDecimal round(int scale) {
        return numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    }
}
