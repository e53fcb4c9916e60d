package se.vardval.imports.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

import se.vardval.core.domain.Listing;
import se.vardval.imports.ImportReferences;

/**
 * The listing intervals of a file per person and vårdval, kept in primitive arrays (about 40 bytes per listing, so
 * 100 MB for 2.5 million) to find overlaps within the file and with the stored listings. The hash table keeps each
 * person's key beside the index of its newest interval, so that a look-up of a new person, which lands on a random
 * slot of a table of millions, touches one cache line instead of two.
 */
final class ListingOverlaps {

    private static final int OPEN = Integer.MAX_VALUE;
    private static final int MAX_CARE_CHOICES = 1024;

    private final Map<String, Integer> careChoices = new HashMap<>();
    /** Slot i's key at 2i (0 for a free slot) and the index of its newest interval at 2i + 1. */
    private long[] slots = new long[2 * 1024];
    private int keyCount;
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private int[] next = new int[1024];
    private int[] lines = new int[1024];
    private int[] contents = new int[1024];
    private int count;

    /**
     * Adds a listing unless it collides with one added before: returns 0 when added, the negated earlier line when
     * the same listing was added before, and the earlier line when it overlaps another listing (then not added).
     */
    long add(Listing listing, long content, long line) {
        long key = key(listing.personId(), careChoiceIndex(listing.careChoice()));
        int slot = slotOf(key);
        int start = (int) listing.validFrom().toEpochDay();
        int end = end(listing.validTo());
        int c = Long.hashCode(content);
        boolean known = slots[slot] == key;
        for (int i = known ? head(slot) : -1; i >= 0; i = next[i]) {
            if (from[i] == start && contents[i] == c) {
                return -lines[i];
            }
            if (start <= to[i] && from[i] <= end) {
                return lines[i];
            }
        }
        if (!known) {
            slots[slot] = key;
            keyCount++;
        }
        append(start, end, Math.toIntExact(line), c, known ? head(slot) : -1);
        slots[slot + 1] = count - 1;
        if (4 * keyCount > slots.length) {
            grow();
        }
        return 0;
    }

    /**
     * Compares the stored listings of every vårdval in the file with the file's listings; a stored listing that a row
     * replaces (same person, vårdval and valid_from) is skipped. Each overlap is reported at the file row's line.
     */
    void checkStored(ImportReferences references, ObjLongConsumer<String> report) {
        for (Map.Entry<String, Integer> careChoice : careChoices.entrySet()) {
            references.forEachStoredListing(careChoice.getKey(), stored -> {
                long key = key(stored.personId(), careChoice.getValue());
                int slot = slotOf(key);
                if (slots[slot] != key) {
                    return;
                }
                int start = (int) stored.validFrom().toEpochDay();
                int end = end(stored.validTo());
                for (int i = head(slot); i >= 0; i = next[i]) {
                    if (from[i] == start) {
                        return;
                    }
                }
                for (int i = head(slot); i >= 0; i = next[i]) {
                    if (start <= to[i] && from[i] <= end) {
                        report.accept("överlappar den lagrade listningen vid " + stored.hsaId() + " från "
                                + stored.validFrom(), lines[i]);
                    }
                }
            });
        }
    }

    private int careChoiceIndex(String careChoice) {
        Integer index = careChoices.get(careChoice);
        if (index == null) {
            if (careChoices.size() == MAX_CARE_CHOICES) {
                throw new IllegalStateException("more than " + MAX_CARE_CHOICES + " care choices in one file");
            }
            index = careChoices.size();
            careChoices.put(careChoice, index);
        }
        return index;
    }

    private static long key(String personId, int careChoiceIndex) {
        return (Long.parseLong(personId) + 1) * MAX_CARE_CHOICES + careChoiceIndex;
    }

    private static int end(LocalDate validTo) {
        return validTo == null ? OPEN : (int) validTo.toEpochDay();
    }

    private void append(int start, int end, int line, int content, int following) {
        if (count == from.length) {
            int capacity = count * 2;
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            next = Arrays.copyOf(next, capacity);
            lines = Arrays.copyOf(lines, capacity);
            contents = Arrays.copyOf(contents, capacity);
        }
        from[count] = start;
        to[count] = end;
        next[count] = following;
        lines[count] = line;
        contents[count] = content;
        count++;
    }

    private int head(int slot) {
        return (int) slots[slot + 1];
    }

    /** The index in {@code table} of the key's slot (even), or of the free slot where it belongs. */
    private int slotOf(long key) {
        return slotOf(slots, key);
    }

    private static int slotOf(long[] table, long key) {
        int mask = table.length / 2 - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[2 * i] != 0 && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != 0) {
                int i = slotOf(slots, old[j]);
                slots[i] = old[j];
                slots[i + 1] = old[j + 1];
            }
        }
    }
}
