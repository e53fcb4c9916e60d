package se.vardval.imports.internal;

/**
 * The keys seen so far as one bit each in a bit set at least sixteen times as big as their number: a key whose bit is
 * clear was never added, a key whose bit is set probably was (one in sixteen or fewer of the others shares its bit).
 * Small enough for the processor's cache where a table of the keys themselves is not.
 */
final class SeenKeys {

    private static final int BITS_PER_KEY = 16;
    private static final long MIX = 0x9E3779B97F4A7C15L;

    private long[] words = new long[1 << 10];
    private int shift = Long.numberOfLeadingZeros(bits() - 1L);

    /** Whether the key, or another key with the same bit, was added. */
    boolean contains(long key) {
        long bit = bit(key);
        return (words[(int) (bit >>> 6)] & (1L << bit)) != 0;
    }

    /** The words that hold the first {@code count} keys' bits, combined (read for their effect on the caches). */
    long words(long[] keys, int count) {
        long combined = 0;
        for (int i = 0; i < count; i++) {
            combined ^= words[(int) (bit(keys[i]) >>> 6)];
        }
        return combined;
    }

    /** Sets the key's bit. */
    void add(long key) {
        long bit = bit(key);
        words[(int) (bit >>> 6)] |= 1L << bit;
    }

    /** Whether {@code keys} keys make the set too full to tell new keys from seen ones well. */
    boolean isCrowded(int keys) {
        return (long) keys * BITS_PER_KEY > bits();
    }

    /** Doubles the bit set and adds the first {@code count} of the keys to it again. */
    void grow(long[] keys, int count) {
        words = new long[words.length * 2];
        shift--;
        for (int i = 0; i < count; i++) {
            add(keys[i]);
        }
    }

    private long bits() {
        return (long) words.length * Long.SIZE;
    }

    private long bit(long key) {
        return (key * MIX) >>> shift;
    }
}
