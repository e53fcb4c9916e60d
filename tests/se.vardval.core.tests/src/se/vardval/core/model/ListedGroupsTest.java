package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;

class ListedGroupsTest {

    private static final LocalDate DAY = LocalDate.of(2021, 2, 28);
    private static final List<DistanceBand> BANDS = List.of(new DistanceBand(BigDecimal.ZERO, new BigDecimal("30")),
            new DistanceBand(new BigDecimal("30"), null));
    private static final int[] NO_FLAGS = new int[CniFlag.values().length];

    private static ListedPerson listed(String personId, String hsaId, Person person) {
        return new ListedPerson(new Listing(personId, "halsoval", hsaId, LocalDate.of(2020, 1, 1), null, false),
                person);
    }

    private static Person person(String id, LocalDate birth, Sex sex, String km, Set<CniFlag> flags) {
        return new Person(id, birth, sex, "2380", null, km == null ? null : new BigDecimal(km), flags);
    }

    private static int[] flags(CniFlag... flags) {
        int[] counts = new int[CniFlag.values().length];
        for (CniFlag flag : flags) {
            counts[flag.ordinal()]++;
        }
        return counts;
    }

    private static List<ListedGroup> groups(ListedGroups grouped) {
        List<ListedGroup> groups = new ArrayList<>();
        grouped.forEach(groups::add);
        return groups;
    }

    @Test
    void personsOfTheSameUnitAgeSexAndBandMakeOneGroupThatCountsTheirFlags() {
        ListedGroups grouped = new ListedGroups(DAY, BANDS);
        grouped.accept(listed("201602290001", "E1", person("201602290001", LocalDate.of(2016, 2, 29), Sex.F, "29.99",
                Set.of(CniFlag.UNDER5))));
        grouped.accept(listed("201503010002", "E1", person("201503010002", LocalDate.of(2015, 3, 1), Sex.F, "0",
                Set.of(CniFlag.SINGLE_PARENT, CniFlag.MOVED_IN))));
        grouped.accept(listed("201602280003", "E1", person("201602280003", LocalDate.of(2016, 2, 28), Sex.F, "30",
                Set.of())));
        grouped.accept(listed("194001010004", "E0", person("194001010004", LocalDate.of(1940, 1, 1), Sex.M, null,
                null)));

        assertEquals(List.of(
                new ListedGroup("E0", 81, Sex.M, -1, true, 1, NO_FLAGS),
                new ListedGroup("E1", 4, Sex.F, 0, true, 1, flags(CniFlag.UNDER5)),
                new ListedGroup("E1", 5, Sex.F, 0, true, 1, flags(CniFlag.SINGLE_PARENT, CniFlag.MOVED_IN)),
                new ListedGroup("E1", 5, Sex.F, 1, true, 1, NO_FLAGS)), groups(grouped),
                "a 29 February birthday is reached on 1 March; 30 km is the second band's start");

        grouped.accept(listed("201512030005", "E1", person("201512030005", LocalDate.of(2015, 12, 3), Sex.F, "12",
                Set.of(CniFlag.MOVED_IN))));
        assertEquals(new ListedGroup("E1", 5, Sex.F, 0, true, 2, flags(CniFlag.SINGLE_PARENT, CniFlag.MOVED_IN,
                CniFlag.MOVED_IN)), groups(grouped).get(2));
    }

    @Test
    void aPersonWithoutRecordIsAgedAndSexedByThePersonnummerAndOneWithAnInvalidOneIsUnreadable() {
        String coordinationNumber = "19800565000" + PersonId.checkDigit("800565000");
        ListedGroups grouped = new ListedGroups(DAY, BANDS);
        grouped.accept(listed(coordinationNumber, "E1", null));
        grouped.addWithoutRecord("E1", "198005050001");
        grouped.addWithoutRecord("E1", "198005050009");

        List<ListedGroup> groups = groups(grouped);
        assertEquals(List.of(new ListedGroup("E1", -1, null, -1, false, 2, NO_FLAGS),
                new ListedGroup("E1", 40, Sex.F, -1, false, 1, NO_FLAGS)), groups,
                "two invalid check digits, and a samordningsnummer born 5 May 1980 (day + 60)");
        assertFalse(groups.get(0).readable());
    }

    @Test
    void groupsCountedElsewhereAreAddedToTheGroupOfTheirKey() {
        ListedGroups grouped = new ListedGroups(DAY, List.of());
        int[] counted = new int[CniFlag.values().length];
        counted[CniFlag.OLD_ALONE.ordinal()] = 120;
        grouped.add(new ListedGroup("E1", 70, Sex.M, -1, true, 120, counted));
        grouped.accept(listed("195003010006", "E1", person("195003010006", LocalDate.of(1950, 3, 1), Sex.M, "45",
                Set.of(CniFlag.OLD_ALONE))));

        int[] oldAlone = new int[CniFlag.values().length];
        oldAlone[CniFlag.OLD_ALONE.ordinal()] = 121;
        assertEquals(List.of(new ListedGroup("E1", 70, Sex.M, -1, true, 121, oldAlone)), groups(grouped));
    }
}
