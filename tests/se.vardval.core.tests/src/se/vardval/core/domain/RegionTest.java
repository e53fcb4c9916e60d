package se.vardval.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The region that pays: its county by the two-digit code, its name and its organisationsnummer. */
class RegionTest {

    @Test
    void aCountyIsFoundByItsCode() {
        assertEquals(County.JAMTLAND, County.of("23"));
        assertEquals(County.STOCKHOLM, County.of(" 01 "));
        assertEquals("Region Västerbotten", County.of("24").regionName());
        assertEquals(21, County.values().length);
    }

    @Test
    void aCodeNoCountyHasIsRefusedWithTheCodesThereAre() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> County.of("02"));
        assertEquals("'02' är ingen länskod; länskoderna är 01, 03, 04, 05, 06, 07, 08, 09, 10, 12, 13, 14, 17, 18, 19,"
                + " 20, 21, 22, 23, 24, 25", refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> County.of("2"));
        assertThrows(IllegalArgumentException.class, () -> County.of(null));
    }

    @Test
    void theRegionByItsCountysNameWithItsOrganisationsnummer() {
        Region region = Region.of(County.JAMTLAND, "232100-0214");
        assertEquals("Region Jämtland Härjedalen", region.name());
        assertEquals("2321000214", region.orgNr());
        assertEquals("232100-0214", region.orgNrWithHyphen());
        assertEquals("Regionen i Jämtland", new Region(County.JAMTLAND, "  Regionen i Jämtland ", "2321000214").name());
    }

    @Test
    void aBlankNameOrAWrongOrganisationsnummerIsRefused() {
        assertEquals("regionen behöver ett namn", assertThrows(IllegalArgumentException.class,
                () -> new Region(County.JAMTLAND, " ", "2321000214")).getMessage());
        assertEquals("felaktig kontrollsiffra i organisationsnumret '232100-0215'", assertThrows(
                IllegalArgumentException.class, () -> Region.of(County.JAMTLAND, "232100-0215")).getMessage());
    }
}
