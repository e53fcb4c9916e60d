package se.vardval.annual;

import java.math.BigDecimal;

/**
 * One parameter that differs between two rulebooks: its JSON path, the values as JSON text (null where the parameter
 * is absent) and, when both are numbers, the difference and the change in per cent of the first (null from zero).
 */
public record ParameterChange(String path, String before, String after, BigDecimal difference, BigDecimal percent) {
}
