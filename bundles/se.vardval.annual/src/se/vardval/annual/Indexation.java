package se.vardval.annual;

import java.math.BigDecimal;
import java.util.Set;

import se.vardval.core.service.UserError;

/**
 * An LPIK indexation of a draft: the index in per cent (e.g. 2.3, or −0.4 as in 2025), whether a negative index
 * leaves rates unchanged ({@code floorAtZero}), and the annual rates left alone, by path or path prefix
 * ({@code excludeFromIndex}, e.g. {@code sparsity.bands}).
 */
public record Indexation(BigDecimal lpikPercent, boolean floorAtZero, Set<String> excludeFromIndex) {

    private static final BigDecimal ALL_OF_IT = BigDecimal.valueOf(-100);

    /**
     * An indexation by an index above −100 %.
     *
     * @throws UserError for an index of −100 % or below, which would make every rate zero or negative
     */
    public Indexation {
        if (lpikPercent.compareTo(ALL_OF_IT) <= 0) {
            throw new UserError("LPIK måste vara över -100 %, inte " + lpikPercent.toPlainString().replace('.', ',')
                    + " (skriv indexet i procent, t.ex. 2,3)");
        }
    }

    /** Whether the index is negative and floored at zero, so that every rate stays as it is. */
    public boolean floored() {
        return floorAtZero && lpikPercent.signum() < 0;
    }

    /** Whether the rate at {@code path} is excluded, by its own path or a prefix of it. */
    public boolean excludes(String path) {
        return excludeFromIndex.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + ".")
                || path.startsWith(p + "["));
    }
}
