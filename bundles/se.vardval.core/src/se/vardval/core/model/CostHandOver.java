package se.vardval.core.model;

import java.math.BigDecimal;
import java.time.YearMonth;

import se.vardval.core.domain.CostCategory;

/**
 * A cost a run hands over to a unit of another vårdval (e.g. a paid foot-care treatment charged, as FOOT_CARE, to the
 * unit where the person is listed in Hälsoval); it becomes a cost of that unit for {@code period} when the run is
 * approved, its reference naming the run and this {@code reference}.
 */
public record CostHandOver(String hsaId, YearMonth period, CostCategory category, BigDecimal amount,
        String reference) {
}
