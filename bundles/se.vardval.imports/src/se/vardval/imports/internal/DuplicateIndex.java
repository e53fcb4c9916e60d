package se.vardval.imports.internal;

/**
 * Remembers, per natural key fingerprint, a fingerprint of the row content and the line it was first seen on (16
 * bytes a key, about 200 MB for an activities file of 7 million rows), so that a later row with the same key is
 * recognised as a harmless repetition or as a conflict.
 */
final class DuplicateIndex {

    private static final long EMPTY = 0L;

    /**
     * Slot i's key at 2i (0 for a free slot) and beside it its content's hash in the high and its line in the low 32
     * bits, so that a key new to the index, which lands on a random slot of a table of millions, costs one cache miss
     * instead of three.
     */
    private long[] slots = new long[2 * 1024];
    private int size;

    /**
     * Records the key; returns 0 when it is new, the negated first line when it was seen with the same content, and
     * the first line when it was seen with other content.
     */
    long record(long key, long content, long line) {
        long k = key == EMPTY ? 1 : key;
        int c = Long.hashCode(content);
        if (8 * (size + 1) > 3 * slots.length) {
            grow();
        }
        int i = indexOf(slots, k);
        if (slots[i] == k) {
            long seen = slots[i + 1];
            int firstLine = (int) seen;
            return (int) (seen >>> 32) == c ? -firstLine : firstLine;
        }
        slots[i] = k;
        slots[i + 1] = ((long) c << 32) | (Math.toIntExact(line) & 0xFFFF_FFFFL);
        size++;
        return 0;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != EMPTY) {
                int i = indexOf(slots, old[j]);
                slots[i] = old[j];
                slots[i + 1] = old[j + 1];
            }
        }
    }

    /** The index (even) of the key's slot, or of the free slot where it belongs. */
    private static int indexOf(long[] table, long key) {
        int mask = table.length / 2 - 1;
        int i = Long.hashCode(key) & mask;
        while (table[2 * i] != EMPTY && table[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }
}
