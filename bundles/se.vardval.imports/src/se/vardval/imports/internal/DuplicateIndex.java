package se.vardval.imports.internal;

/**
 * Remembers, per natural key fingerprint, the fingerprint of the row content and the line it was first seen on, so
 * that a later row with the same key is recognised as a harmless repetition or as a conflict.
 */
final class DuplicateIndex {

    private static final long EMPTY = 0L;

    private long[] keys = new long[1024];
    private long[] contents = new long[1024];
    private long[] lines = new long[1024];
    private int size;

    /**
     * Records the key; returns 0 when it is new, the negated first line when it was seen with the same content, and
     * the first line when it was seen with other content.
     */
    long record(long key, long content, long line) {
        long k = key == EMPTY ? 1 : key;
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = indexOf(keys, k);
        if (keys[i] == k) {
            return contents[i] == content ? -lines[i] : lines[i];
        }
        keys[i] = k;
        contents[i] = content;
        lines[i] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldContents = contents;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        contents = new long[keys.length];
        lines = new long[keys.length];
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
