package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A cost the region charges a unit for a period (kostnadsansvar). */
public record Cost(String hsaId, YearMonth period, CostCategory category, BigDecimal amount, String reference) {
}
