package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.tandvard.internal.Fixtures.pnr;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.tandvard.ListedChildren;
import se.vardval.tandvard.ListedChildren.Clinic;

class ListedChildrenCounterTest {

    @Test
    void theChildrenOfEachClinicByAgeGroupAndCareNeedGroupAsTheCapitationCountsThem() {
        TestInputs inputs = CapitationTest.clinicA(new TestInputs(CapitationTest.MARCH, Fixtures.parameters())
                .unit("A").unit("B"), "A").listed(pnr(2012, 8, 8, 20), "X", "AREA3");
        ListedChildren children = new ListedChildrenCounter().read(inputs);
        assertEquals(LocalDate.of(2025, 3, 1), children.listingDay());
        assertEquals(List.of("3–6", "7–12", "13–19"), children.ageGroups());
        // A: 4 years in AREA2 (3–6, group 2), 10 in AREA3 (7–12, 3), 15 in XYZ (13–19, default 1); 20 and 2 outside
        assertEquals(List.of(new Clinic("A", "Tandklinik A", List.of(List.of(0, 1, 0), List.of(0, 0, 1),
                List.of(1, 0, 0)), 2), new Clinic("B", "Tandklinik B", List.of(List.of(0, 0, 0), List.of(0, 0, 0),
                List.of(0, 0, 0)), 0), new Clinic("X", "X", List.of(List.of(0, 0, 0), List.of(0, 0, 1),
                List.of(0, 0, 0)), 0)), children.clinics());
        Clinic a = children.clinics().getFirst();
        assertEquals(List.of(3, 5, 1), List.of(a.paid(), a.listed(), a.count(1, 3)));
    }
}
