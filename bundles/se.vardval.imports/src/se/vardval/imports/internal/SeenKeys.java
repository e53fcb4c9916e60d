package se.vardval.imports.internal;

/**
 * The keys seen so far as two bits each, both in one 64-bit word, in a bit set at least sixteen times as big as their
 * number: a key whose two bits are not both set was never added, a key whose bits are set probably was (of the
 * benchmark's 3 M listings about one in a hundred others has both its bits set, where one bit per key left one in
 * twenty-five). An eighth of the size of a table of the keys themselves, and one word read per key; {@link #readAhead}
 * reads a batch's words in one loop.
 */
final class SeenKeys {

    private static final int BITS_PER_KEY = 16;
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final int MIN_WORDS = 1 << 10;

    private long[] words;
    private int shift;
    /** The words read ahead, combined, so that the compiler cannot drop the reads. */
    private long wordsReadAhead;

    /** An empty set that grows as keys are added ({@link #grow}). */
    SeenKeys() {
        this(0);
    }

    /** An empty set big enough for {@code keys} keys. */
    SeenKeys(int keys) {
        int size = MIN_WORDS;
        while ((long) keys * BITS_PER_KEY > (long) size * Long.SIZE) {
            size *= 2;
        }
        words = new long[size];
        shift = Long.numberOfLeadingZeros(size - 1L);
    }

    /** Whether the key, or other keys that together set both its bits, was added. */
    boolean contains(long key) {
        long hash = key * MIX;
        long bits = bits(hash);
        return (words[word(hash)] & bits) == bits;
    }

    /**
     * Reads the words of the first {@code count} keys ahead of {@link #contains}: a loop whose reads do not depend on
     * each other lets the processor wait for many of them at once, where one look-up per key waits for each in turn.
     */
    void readAhead(long[] keys, int count) {
        long combined = 0;
        for (int i = 0; i < count; i++) {
            combined ^= words[word(keys[i] * MIX)];
        }
        wordsReadAhead ^= combined;
    }

    /** Sets the key's bits. */
    void add(long key) {
        long hash = key * MIX;
        words[word(hash)] |= bits(hash);
    }

    /** Whether {@code keys} keys make the set too full to tell new keys from seen ones well. */
    boolean isCrowded(int keys) {
        return (long) keys * BITS_PER_KEY > (long) words.length * Long.SIZE;
    }

    /** Doubles the bit set and adds the first {@code count} of the keys to it again. */
    void grow(long[] keys, int count) {
        words = new long[words.length * 2];
        shift--;
        for (int i = 0; i < count; i++) {
            add(keys[i]);
        }
    }

    /** The word of a key's hash: its top bits. */
    private int word(long hash) {
        return (int) (hash >>> shift);
    }

    /**
     * The key's two bits in its word, numbered by two groups of six bits from the middle of its hash (its low bits
     * depend on the key's low bits alone, the vårdval's number).
     */
    private static long bits(long hash) {
        return (1L << (hash >>> 20)) | (1L << (hash >>> 26));
    }
}
