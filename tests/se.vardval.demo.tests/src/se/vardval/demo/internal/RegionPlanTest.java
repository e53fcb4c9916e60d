package se.vardval.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.OrgNr;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;

/** The units and providers of a region of any size. */
class RegionPlanTest {

    @Test
    void jamtlandHasTwentySevenUnitsAndStockholmOnePerTenThousand() {
        assertEquals(27, new RegionPlan(130_000, new SplittableRandom(1)).units().size());
        assertEquals(27, new RegionPlan(500, new SplittableRandom(1)).units().size());
        assertEquals(240, new RegionPlan(2_400_000, new SplittableRandom(1)).units().size());
    }

    @Test
    void providersHaveValidOrganisationsnummer() {
        RegionPlan plan = new RegionPlan(130_000, new SplittableRandom(1));
        for (Provider provider : plan.providers()) {
            assertEquals(provider.orgNr(), OrgNr.normalise(provider.orgNr()));
        }
        assertEquals("2321000214", plan.providers().get(0).orgNr());
        assertEquals(Ownership.MUNICIPAL, plan.unitsIn(Municipality.RAGUNDA).get(0).provider().ownership());
        assertEquals("Hälsocentralen i Hammarstrand", plan.unitsIn(Municipality.RAGUNDA).get(0).name());
    }
}
