package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A vite decided against a unit, measured in weeks. */
public record Penalty(String hsaId, LocalDate decided, BigDecimal weeks, String reason) {
}
