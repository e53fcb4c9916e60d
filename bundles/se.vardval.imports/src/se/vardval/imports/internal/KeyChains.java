package se.vardval.imports.internal;

import java.util.Arrays;

/**
 * An index from keys to the rows (by their index in the caller's arrays) that have them, newest first: each key's slot
 * in an open-addressing table holds its newest row, and each row the one before it with the same key. A bit set of the
 * declared keys ({@link SeenKeys}) tells most undeclared keys from declared ones without reading the table: chaining
 * the keys of millions of rows to the few declared ones then reads a set that stays in the processor's cache.
 */
final class KeyChains {

    private static final int NONE = -1;

    /** Slot i's key at 2i (0 for a free slot) and its newest row at 2i + 1. */
    private final long[] slots;
    private int[] before;
    private final SeenKeys declared;

    /** An index for up to {@code keys} keys (never 0) over rows numbered from 0 on. */
    KeyChains(int keys) {
        int capacity = Integer.highestOneBit(Math.max(2 * keys, 8) - 1) << 1;
        this.slots = new long[2 * capacity];
        this.before = new int[Math.max(keys, 16)];
        this.declared = new SeenKeys(keys);
    }

    /** Makes the key one whose rows {@link #addIfDeclared} chains. */
    void declare(long key) {
        declared.add(key);
        int slot = slotOf(key);
        if (slots[slot] != key) {
            slots[slot] = key;
            slots[slot + 1] = NONE;
        }
    }

    /** Chains the row to its key when the key was declared. */
    void addIfDeclared(long key, int row) {
        if (!declared.contains(key)) {
            return;
        }
        int slot = slotOf(key);
        if (slots[slot] == key) {
            link(slot, row);
        }
    }

    /** Chains the row to its key, declaring the key. */
    void add(long key, int row) {
        declare(key);
        link(slotOf(key), row);
    }

    /** The newest row of the key, or -1. */
    int newest(long key) {
        int slot = slotOf(key);
        return slots[slot] == key ? (int) slots[slot + 1] : NONE;
    }

    /** The row with the same key before the given one, or -1. */
    int before(int row) {
        return before[row];
    }

    private void link(int slot, int row) {
        if (row >= before.length) {
            before = Arrays.copyOf(before, Math.max(row + 1, before.length * 2));
        }
        before[row] = (int) slots[slot + 1];
        slots[slot + 1] = row;
    }

    /** The index in {@code slots} of the key's slot (even), or of the free slot where it belongs. */
    private int slotOf(long key) {
        int mask = slots.length / 2 - 1;
        int i = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (slots[2 * i] != 0 && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        return 2 * i;
    }
}
