package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;

/** SCB's Care Need Index delivery for one unit and period: the counts per variable, the index and the CNI. */
public record CniUnit(String hsaId, YearMonth period, int population, Map<CniFlag, Integer> counts, BigDecimal index,
        BigDecimal cni) {
}
