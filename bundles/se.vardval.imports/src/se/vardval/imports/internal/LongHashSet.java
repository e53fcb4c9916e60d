package se.vardval.imports.internal;

import java.util.Arrays;

/** A set of longs in one open-addressing array: 2.4 million person ids take about 40 MB instead of 250. */
final class LongHashSet {

    private static final long EMPTY = Long.MIN_VALUE;

    private long[] slots = newSlots(1024);
    private int size;

    /** Adds the value (which must not be {@link Long#MIN_VALUE}). */
    void add(long value) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        int i = indexOf(slots, value);
        if (slots[i] == EMPTY) {
            slots[i] = value;
            size++;
        }
    }

    /** Whether the value was added. */
    boolean contains(long value) {
        return slots[indexOf(slots, value)] == value;
    }

    /** Adds every value of the other set. */
    void addAll(LongHashSet other) {
        for (long value : other.slots) {
            if (value != EMPTY) {
                add(value);
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = newSlots(old.length * 2);
        for (long value : old) {
            if (value != EMPTY) {
                slots[indexOf(slots, value)] = value;
            }
        }
    }

    private static int indexOf(long[] table, long value) {
        int mask = table.length - 1;
        int i = Long.hashCode(value * 0x9E3779B97F4A7C15L) & mask;
        while (table[i] != EMPTY && table[i] != value) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static long[] newSlots(int capacity) {
        long[] table = new long[capacity];
        Arrays.fill(table, EMPTY);
        return table;
    }
}
