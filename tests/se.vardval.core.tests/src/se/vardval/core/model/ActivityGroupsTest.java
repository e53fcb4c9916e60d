package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

class ActivityGroupsTest {

    private static Activity visit(String unit, ContactType type, Profession profession, String fee,
            boolean outOfCounty) {
        return new Activity("V", "halsoval", "194001010001", unit, LocalDate.of(2021, 3, 1), type, profession, null,
                new BigDecimal(fee), outOfCounty, Map.of());
    }

    private static List<ActivityGroup> groups(ActivityGroups grouped) {
        List<ActivityGroup> groups = new ArrayList<>();
        grouped.forEach(groups::add);
        return groups;
    }

    @Test
    void activitiesAlikeInUnitListingContactProfessionAndMarksMakeOneGroupThatSumsTheirFees() {
        ActivityGroups grouped = new ActivityGroups();
        grouped.add(visit("E2", ContactType.PHYSICAL, Profession.DOCTOR, "200.00", false), "E1", false);
        grouped.add(visit("E2", ContactType.PHYSICAL, Profession.DOCTOR, "100.50", false), "E1", false);
        grouped.add(visit("E2", ContactType.PHYSICAL, Profession.DOCTOR, "0", false), "E2", false);
        grouped.add(visit("E2", ContactType.PHYSICAL, Profession.NURSE, "0", false), "E1", false);
        grouped.add(visit("E2", ContactType.PHONE, Profession.DOCTOR, "0", false), "E1", false);
        grouped.add(visit("E2", ContactType.PHYSICAL, Profession.DOCTOR, "300", true), null, false);
        grouped.add(visit("E2", ContactType.PHYSICAL, Profession.DOCTOR, "0", false), null, true);
        grouped.add(visit("E1", ContactType.PHYSICAL, Profession.DOCTOR, "0", false), null, false);

        assertEquals(List.of(
                new ActivityGroup("E1", null, ContactType.PHYSICAL, Profession.DOCTOR, false, false, 1,
                        BigDecimal.ZERO),
                new ActivityGroup("E2", null, ContactType.PHYSICAL, Profession.DOCTOR, false, true, 1,
                        BigDecimal.ZERO),
                new ActivityGroup("E2", null, ContactType.PHYSICAL, Profession.DOCTOR, true, false, 1,
                        new BigDecimal("300")),
                new ActivityGroup("E2", "E1", ContactType.PHYSICAL, Profession.DOCTOR, false, false, 2,
                        new BigDecimal("300.50")),
                new ActivityGroup("E2", "E1", ContactType.PHYSICAL, Profession.NURSE, false, false, 1,
                        BigDecimal.ZERO),
                new ActivityGroup("E2", "E1", ContactType.PHONE, Profession.DOCTOR, false, false, 1, BigDecimal.ZERO),
                new ActivityGroup("E2", "E2", ContactType.PHYSICAL, Profession.DOCTOR, false, false, 1,
                        BigDecimal.ZERO)),
                groups(grouped), "by unit, listing unit (none first), contact type, profession, then the marks");
    }

    @Test
    void groupsCountedElsewhereMergeWithTheGroupOfTheSameKey() {
        ActivityGroups grouped = new ActivityGroups();
        grouped.add(new ActivityGroup("E1", "E1", ContactType.PHYSICAL, Profession.DOCTOR, false, false, 3,
                new BigDecimal("600.00")));
        grouped.add(visit("E1", ContactType.PHYSICAL, Profession.DOCTOR, "100.00", false), "E1", false);

        assertEquals(List.of(new ActivityGroup("E1", "E1", ContactType.PHYSICAL, Profession.DOCTOR, false, false, 4,
                new BigDecimal("700.00"))), groups(grouped));
    }
}
