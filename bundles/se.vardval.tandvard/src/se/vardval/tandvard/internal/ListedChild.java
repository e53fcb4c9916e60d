package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import se.vardval.core.domain.Ages;
import se.vardval.core.model.ListedPerson;
import se.vardval.tandvard.internal.TandvardParameters.AgeGroup;

/**
 * A child listed on the listing day as the capitation sees it: age in completed years, the age group (null outside
 * the age limits), the care-need group of the residential area, whether that area was in the rulebook's table, and
 * the annual capitation (zero outside the limits).
 */
record ListedChild(ListedPerson listed, int age, AgeGroup group, String areaCode, int careNeedGroup,
        boolean areaKnown, BigDecimal krPerYear) {

    /**
     * Classifies a listed person.
     *
     * @throws IllegalArgumentException when the person lacks a record and the personnummer is invalid
     */
    static ListedChild of(ListedPerson listed, TandvardParameters parameters, LocalDate listingDay) {
        int age = Ages.completedYears(listed.birthDate(), listingDay);
        String area = listed.person() == null ? null : listed.person().areaCode();
        Integer mapped = area == null ? null : parameters.careNeedAreas().get(area);
        int careNeed = mapped == null ? parameters.defaultCareNeedGroup() : mapped;
        if (!parameters.withinLimits(age)) {
            return new ListedChild(listed, age, null, area, careNeed, mapped != null, BigDecimal.ZERO);
        }
        AgeGroup group = parameters.groupOf(age);
        return new ListedChild(listed, age, group, area, careNeed, mapped != null, group.krPerYear(careNeed));
    }

    /** Whether the child brings capitation. */
    boolean paid() {
        return group != null;
    }

    String hsaId() {
        return listed.hsaId();
    }

    String personId() {
        return listed.listing().personId();
    }
}
