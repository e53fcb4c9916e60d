package se.vardval.core.model;

import java.math.BigDecimal;

import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/**
 * A month's activities of one vårdval counted together (see {@link ActivityGroups}): made at the unit
 * {@code hsaId} by persons listed at {@code listedAt} in the vårdval on the activity's date (null when listed
 * nowhere), of one contact type and profession, alike in the out-of-county mark and in {@code unknownPerson}, which
 * is true when the person is listed nowhere and the register lacks a record of them. {@code patientFees} is the sum
 * of the group's patient fees.
 */
public record ActivityGroup(String hsaId, String listedAt, ContactType contactType, Profession profession,
        boolean outOfCounty, boolean unknownPerson, int activities, BigDecimal patientFees) {
}
