package se.vardval.imports.internal;

/**
 * Remembers, per natural key fingerprint, a fingerprint of the row content and the line it was first seen on (16
 * bytes a key, about 200 MB for an activities file of 7 million rows), so that a later row with the same key is
 * recognised as a harmless repetition or as a conflict.
 */
final class DuplicateIndex {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1024];
    private int[] contents = new int[1024];
    private int[] lines = new int[1024];
    private int size;

    /**
     * Records the key; returns 0 when it is new, the negated first line when it was seen with the same content, and
     * the first line when it was seen with other content.
     */
    long record(long key, long content, long line) {
        long k = key == EMPTY ? 1 : key;
        int c = Long.hashCode(content);
        if (4 * (size + 1) > 3 * keys.length) {
            grow();
        }
        int i = indexOf(keys, k);
        if (keys[i] == k) {
            return contents[i] == c ? -lines[i] : lines[i];
        }
        keys[i] = k;
        contents[i] = c;
        lines[i] = Math.toIntExact(line);
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldContents = contents;
        int[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        contents = new int[keys.length];
        lines = new int[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = indexOf(keys, oldKeys[j]);
                keys[i] = oldKeys[j];
                contents[i] = oldContents[j];
                lines[i] = oldLines[j];
            }
        }
    }

    private static int indexOf(long[] table, long key) {
        int mask = table.length - 1;
        int i = Long.hashCode(key) & mask;
        while (table[i] != EMPTY && table[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }
}
