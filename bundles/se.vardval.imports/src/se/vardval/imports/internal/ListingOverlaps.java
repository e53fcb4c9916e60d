package se.vardval.imports.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;

import se.vardval.core.domain.Listing;
import se.vardval.imports.ImportReferences;

/**
 * The listing intervals of a file per person and vårdval, kept in primitive arrays in file order (24 bytes per
 * listing), to find overlaps within the file and with the stored listings. While the file is read, a row is only
 * looked up in a bit set of the keys seen so far ({@link SeenKeys}, 8 MB for 2.5 million persons, an eighth of a table
 * of the keys themselves): a row whose key no earlier row had is added at once; the few others (a person's second
 * listing, or a key whose bits other keys set) are checked after the last row against an index of their keys alone.
 * Looking every row up in a hash table of millions of persons waited on memory for half the checking thread's time. A
 * listing's key, days and content are computed where the file is read ({@link #entry}), so that the checking thread
 * reads one small object per row, and it reads a whole batch's bits at once ({@link #readAhead}).
 */
final class ListingOverlaps {

    private static final int OPEN = Integer.MAX_VALUE;
    private static final int MAX_CARE_CHOICES = 1024;

    private final Map<String, Integer> careChoices = new HashMap<>();
    private final SeenKeys seen = new SeenKeys();
    private long[] keys = new long[1024];
    private int[] from = new int[1024];
    private int[] to = new int[1024];
    private int[] lines = new int[1024];
    private int[] contents = new int[1024];
    private int count;
    private KeyChains chains;
    private boolean allChained;
    private long[] aheadKeys = new long[0];

    /** A listing with what the checks compare: its person and vårdval as one key, its days and its content's hash. */
    record Entry(Listing listing, long key, int from, int to, int content) {
    }

    /**
     * The entry of a listing whose person, vårdval and valid_from are known; {@code content} tells a repeated listing
     * from another one with the same key. Called on one thread only, the one that reads the file.
     */
    Entry entry(Listing listing, long content) {
        return new Entry(listing, key(listing), (int) listing.validFrom().toEpochDay(), end(listing.validTo()),
                Long.hashCode(content));
    }

    /** Reads the seen keys' bits of a batch's listings ahead of {@link #addIfFirstOfKey}. */
    void readAhead(List<Entry> entries) {
        if (aheadKeys.length < entries.size()) {
            aheadKeys = new long[entries.size()];
        }
        int n = 0;
        for (Entry entry : entries) {
            if (entry != null) {
                aheadKeys[n++] = entry.key();
            }
        }
        seen.readAhead(aheadKeys, n);
    }

    /**
     * Adds a listing when no earlier row had its person and vårdval; false, adding nothing, when one may have had
     * them (the row is then checked with {@link #add} after the file's last row, once {@link #chainKeysOf} has
     * indexed them).
     */
    boolean addIfFirstOfKey(Entry entry, long line) {
        long key = entry.key();
        if (seen.contains(key)) {
            return false;
        }
        seen.add(key);
        append(key, entry.from(), entry.to(), entry.content(), line);
        if (seen.isCrowded(count)) {
            seen.grow(keys, count);
        }
        return true;
    }

    /** Indexes the added listings that have the person and vårdval of one of the given listings. */
    void chainKeysOf(List<Entry> later) {
        chains = new KeyChains(later.size());
        for (Entry entry : later) {
            chains.declare(entry.key());
        }
        for (int i = 0; i < count; i++) {
            chains.addIfDeclared(keys[i], i);
        }
        allChained = false;
    }

    /**
     * Adds a listing whose key {@link #chainKeysOf} indexed unless it collides with one added before: returns 0 when
     * added, the negated earlier line when the same listing was added before, and the earlier line when it overlaps
     * another listing (then not added).
     */
    long add(Entry entry, long line) {
        long key = entry.key();
        int start = entry.from();
        int end = entry.to();
        int c = entry.content();
        for (int i = chains.newest(key); i >= 0; i = chains.before(i)) {
            if (from[i] == start && contents[i] == c) {
                return -lines[i];
            }
            if (start <= to[i] && from[i] <= end) {
                return lines[i];
            }
        }
        append(key, start, end, c, line);
        chains.add(key, count - 1);
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
                if (seen.contains(key)) {
                    checkStored(stored, key, report);
                }
            });
        }
    }

    private void checkStored(Listing stored, long key, ObjLongConsumer<String> report) {
        chainAll();
        int start = (int) stored.validFrom().toEpochDay();
        int end = end(stored.validTo());
        for (int i = chains.newest(key); i >= 0; i = chains.before(i)) {
            if (from[i] == start) {
                return;
            }
        }
        for (int i = chains.newest(key); i >= 0; i = chains.before(i)) {
            if (start <= to[i] && from[i] <= end) {
                report.accept("överlappar den lagrade listningen vid " + stored.hsaId() + " från "
                        + stored.validFrom(), lines[i]);
            }
        }
    }

    /** Indexes every added listing, for the stored listings' check (which only a file into a used table needs). */
    private void chainAll() {
        if (allChained) {
            return;
        }
        chains = new KeyChains(count);
        for (int i = 0; i < count; i++) {
            chains.add(keys[i], i);
        }
        allChained = true;
    }

    private long key(Listing listing) {
        return key(listing.personId(), careChoiceIndex(listing.careChoice()));
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

    private void append(long key, int start, int end, int content, long line) {
        if (count == keys.length) {
            int capacity = count * 2;
            keys = Arrays.copyOf(keys, capacity);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
            lines = Arrays.copyOf(lines, capacity);
            contents = Arrays.copyOf(contents, capacity);
        }
        keys[count] = key;
        from[count] = start;
        to[count] = end;
        lines[count] = Math.toIntExact(line);
        contents[count] = content;
        count++;
    }
}
