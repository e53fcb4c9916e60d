package se.vardval.core.model;

import java.time.YearMonth;

/** A payment line of an approved run (net of its approved corrections) with the month it paid. */
public record ApprovedLine(YearMonth period, PaymentLine line) {
}
