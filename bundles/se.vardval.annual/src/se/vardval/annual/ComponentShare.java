package se.vardval.annual;

import java.math.BigDecimal;

/** A payment component's share of a budget frame in per cent, e.g. {@code CNI} 25 of the fixed capitation. */
public record ComponentShare(String component, BigDecimal percent) {
}
