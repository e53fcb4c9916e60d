package se.vardval.annual;

import java.math.BigDecimal;

/** One unit's compensation: its basis value, the rate of its group and the amount, rounded once to öre. */
public record CompensationLine(String hsaId, String orgNr, String municipality, BigDecimal basis, BigDecimal rate,
        BigDecimal amount) {
}
