package se.vardval.annual;

import java.math.BigDecimal;
import java.util.Set;

/**
 * An LPIK indexation of a draft: the index in per cent (e.g. 2.3, or −0.4 as in 2025), whether a negative index
 * leaves rates unchanged ({@code floorAtZero}), and the annual rates left alone, by path or path prefix
 * ({@code excludeFromIndex}, e.g. {@code sparsity.bands}).
 */
public record Indexation(BigDecimal lpikPercent, boolean floorAtZero, Set<String> excludeFromIndex) {

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
