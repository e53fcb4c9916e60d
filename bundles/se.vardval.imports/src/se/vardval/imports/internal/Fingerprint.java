package se.vardval.imports.internal;

/**
 * A 64-bit hash of a few values, used to remember natural keys and row contents of big files without keeping the
 * strings; two different keys share a fingerprint with a probability below 10⁻⁵ even in a file of ten million rows.
 */
final class Fingerprint {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Fingerprint() {
    }

    /** The fingerprint of the values' string forms, separated so that ("ab","c") and ("a","bc") differ. */
    static long of(Object... values) {
        long hash = FNV_OFFSET;
        for (Object value : values) {
            String text = String.valueOf(value);
            for (int i = 0; i < text.length(); i++) {
                hash = (hash ^ text.charAt(i)) * FNV_PRIME;
            }
            hash = (hash ^ 0x1F) * FNV_PRIME;
        }
        return mix(hash);
    }

    /** The fingerprint of a 32-bit hash, spread over 64 bits. */
    static long of(int hash) {
        return mix(hash);
    }

    /** The fingerprint of a text and a number, from the text's own hash: cheaper, for a check made on every row. */
    static long of(String text, long number) {
        return mix(text.hashCode() * FNV_PRIME ^ number);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
