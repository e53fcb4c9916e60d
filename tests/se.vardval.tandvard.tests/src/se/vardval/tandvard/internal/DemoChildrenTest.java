package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import se.vardval.tandvard.internal.DemoChildren.Resident;
import se.vardval.tandvard.internal.DemoClinics.Clinic;

class DemoChildrenTest {

    private static final String REGION = "232100-0214";

    private final List<List<String>> listings = new ArrayList<>();
    private final List<List<String>> activities = new ArrayList<>();

    private List<Clinic> write(List<String> municipalities, List<Resident> residents, long seed) {
        List<Clinic> clinics = DemoClinics.of(municipalities, REGION);
        DemoChildren children = new DemoChildren(new SplittableRandom(seed), "barntandvard", clinics,
                (file, values) -> (file.equals("listings.csv") ? listings : activities).add(values));
        residents.forEach(children::add);
        return clinics;
    }

    @Test
    void folktandvardenInEveryMunicipalityAndPrivateClinicsWhereTheDemoHasThem() {
        List<Clinic> clinics = DemoClinics.of(List.of("2305", "2380"), REGION);
        assertEquals(List.of("Folktandvården Bräcke", "Folktandvården Lugnvik", "Folktandvården Odenslund",
                "Storsjötandläkarna Centrum", "Storsjötandläkarna Frösön"), clinics.stream().map(Clinic::name).toList());
        assertEquals("SE2321000214-T0002", clinics.get(1).hsaId());
        assertEquals("SE5569123457-T0002", clinics.get(4).hsaId());
        assertEquals(List.of(List.of("556912-3457", "Storsjötandläkarna AB")), DemoClinics.privateProviders(clinics));
    }

    @Test
    void childrenAreListedFromTheirThirdBirthdayInTheDemoYearsAndIckevalOnlyAtFolktandvarden() {
        List<Resident> residents = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            residents.add(new Resident("P" + i, LocalDate.of(1995, 1, 1).plusDays(i * 3L), i % 3 == 0 ? "2305"
                    : "2380"));
        }
        List<Clinic> clinics = write(List.of("2305", "2380"), residents, 6);
        Map<String, Clinic> byHsa = new HashMap<>();
        clinics.forEach(c -> byHsa.put(c.hsaId(), c));
        Map<String, LocalDate> births = new HashMap<>();
        residents.forEach(r -> births.put(r.personId(), r.birthDate()));
        assertTrue(listings.size() > 1000, "the children of 2000–2022");
        for (List<String> l : listings) {
            LocalDate birth = births.get(l.get(0));
            LocalDate from = LocalDate.parse(l.get(3));
            assertTrue(!birth.isBefore(LocalDate.of(2000, 1, 1)), l.toString());
            assertTrue(!from.isBefore(birth.plusYears(3)) && !from.isBefore(DemoChildren.FIRST_DAY), l.toString());
            assertTrue(l.get(5).equals("false") || !byHsa.get(l.get(2)).privateProvider(), "ickeval: " + l);
        }
        long moved = listings.stream().filter(l -> l.get(4).equals("2024-12-31")).count();
        assertEquals(moved, listings.stream().filter(l -> l.get(3).equals("2025-01-01")).count(),
                "each move ends one listing and starts the next");
        assertTrue(activities.stream().anyMatch(a -> a.get(10).equals("high_need=true")));
        assertTrue(activities.stream().anyMatch(a -> a.get(10).startsWith("emergency=AKUT")));
        assertTrue(activities.stream().allMatch(a -> !LocalDate.parse(a.get(4)).isBefore(DemoChildren.FIRST_DAY)
                && !LocalDate.parse(a.get(4)).isAfter(DemoChildren.LAST_DAY)));
    }
}
