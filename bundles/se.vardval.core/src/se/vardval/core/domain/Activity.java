package se.vardval.core.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A vårdkontakt. {@code patientFee} is never null (zero when none was paid); {@code codes} holds the
 * model-specific {@code key=value} pairs.
 */
public record Activity(String activityId, String careChoice, String personId, String hsaId, LocalDate date,
        ContactType contactType, Profession profession, String clinician, BigDecimal patientFee, boolean outOfCounty,
        Map<String, String> codes) {
}
