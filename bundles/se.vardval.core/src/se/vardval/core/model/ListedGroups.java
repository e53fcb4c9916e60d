package se.vardval.core.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import se.vardval.core.domain.Ages;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;

/**
 * Gathers listed persons (or groups of them) of one day into {@link ListedGroup}s, the reference for how a person
 * is grouped: age in completed years on the day, sex, the first requested distance band holding the distance, and
 * the record's CNI flags; a person without a record by the personnummer, without flags or distance.
 */
public final class ListedGroups implements Consumer<ListedPerson> {

    private static final Comparator<Sex> SEX_ORDER = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * A group's key, ordered by unit, record, age, sex and distance band, field by field and with one string object per
     * unit (see {@link ListedGroups#unit}), so that keys of the same unit compare without reading their HSA-ids:
     * 117 000 keys are sorted a run.
     */
    private record Key(String hsaId, int age, Sex sex, int distanceBand, boolean hasRecord) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int order = hsaId == other.hsaId ? 0 : hsaId.compareTo(other.hsaId);
            if (order == 0) {
                order = Boolean.compare(hasRecord, other.hasRecord);
            }
            if (order == 0) {
                order = Integer.compare(age, other.age);
            }
            if (order == 0) {
                order = SEX_ORDER.compare(sex, other.sex);
            }
            return order != 0 ? order : Integer.compare(distanceBand, other.distanceBand);
        }
    }

    private final LocalDate day;
    private final List<DistanceBand> distanceBands;
    private final Map<Key, int[]> counts = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();

    /** Groups for the listing day with the requested distance bands. */
    public ListedGroups(LocalDate day, List<DistanceBand> distanceBands) {
        this.day = day;
        this.distanceBands = List.copyOf(distanceBands);
    }

    @Override
    public void accept(ListedPerson listed) {
        var person = listed.person();
        if (person == null) {
            addWithoutRecord(listed.hsaId(), listed.listing().personId());
            return;
        }
        int[] flags = new int[CniFlag.values().length];
        if (person.cniFlags() != null) {
            person.cniFlags().forEach(flag -> flags[flag.ordinal()] = 1);
        }
        add(new Key(unit(listed.hsaId()), age(person.birthDate()), person.sex(),
                DistanceBand.indexOf(distanceBands, person.distanceKm()), true), 1, flags);
    }

    /** Adds a person listed at the unit whom the register lacks: age and sex by the personnummer, if it is valid. */
    public void addWithoutRecord(String hsaId, String personId) {
        int[] flags = new int[CniFlag.values().length];
        PersonId id;
        try {
            id = PersonId.parse(personId);
        } catch (IllegalArgumentException e) {
            add(new Key(unit(hsaId), -1, null, -1, false), 1, flags);
            return;
        }
        add(new Key(unit(hsaId), age(id.birthDate()), id.sex(), -1, false), 1, flags);
    }

    /** Adds a group counted elsewhere (e.g. by the database) to the group of the same key. */
    public void add(ListedGroup group) {
        int[] flags = new int[CniFlag.values().length];
        for (CniFlag flag : CniFlag.values()) {
            flags[flag.ordinal()] = group.withFlag(flag);
        }
        add(new Key(unit(group.hsaId()), group.age(), group.sex(), group.distanceBand(), group.hasRecord()),
                group.listed(), flags);
    }

    /** Hands the groups to the sink in a fixed order: by unit, record, age, sex and distance band. */
    public void forEach(Consumer<ListedGroup> sink) {
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Key key = e.getKey();
            int[] value = e.getValue();
            sink.accept(new ListedGroup(key.hsaId(), key.age(), key.sex(), key.distanceBand(), key.hasRecord(),
                    value[0], Arrays.copyOfRange(value, 1, value.length)));
        });
    }

    private void add(Key key, int listed, int[] flags) {
        int[] value = counts.computeIfAbsent(key, k -> new int[1 + flags.length]);
        value[0] += listed;
        for (int i = 0; i < flags.length; i++) {
            value[1 + i] += flags[i];
        }
    }

    /** The one string object of the unit's HSA-id. */
    private String unit(String hsaId) {
        return units.computeIfAbsent(hsaId, h -> h);
    }

    private int age(LocalDate birthDate) {
        return Math.max(0, Ages.completedYears(birthDate, day));
    }
}
