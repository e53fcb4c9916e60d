package se.vardval.core.model;

/**
 * A rulebook parameter that is a fixed annual rate (kr per point, kr per listed and year, a fixed grant), named by its
 * JSON path (e.g. {@code capitation.krPerPoint}); LPIK indexation rounds it to {@code decimals} (0 = whole kronor).
 */
public record AnnualRate(String path, int decimals) {
}
