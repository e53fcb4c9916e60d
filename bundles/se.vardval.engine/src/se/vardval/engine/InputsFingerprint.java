package se.vardval.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An order-independent digest of the records a model read: each record's SHA-256 is added into 256-bit
 * accumulators, so the same set of inputs gives the same fingerprint whatever order the database streamed them in.
 */
final class InputsFingerprint {

    private static final int HASH_BYTES = 32;

    private final long[] sums = new long[4];
    private long count;
    private final MessageDigest sha;
    private final ByteBuffer hash = ByteBuffer.allocate(HASH_BYTES);

    InputsFingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    void add(String kind, String canonicalRecord) {
        byte[] text = canonicalRecord.getBytes(StandardCharsets.UTF_8);
        add(kind.getBytes(StandardCharsets.UTF_8), text, text.length);
    }

    /** Adds a record of the kind (its UTF-8 bytes) whose canonical text was written by {@link CanonicalText}. */
    void add(byte[] kind, CanonicalText record) {
        add(kind, record.bytes(), record.length());
    }

    private synchronized void add(byte[] kind, byte[] text, int length) {
        sha.update(kind);
        sha.update((byte) 0);
        sha.update(text, 0, length);
        try {
            sha.digest(hash.array(), 0, HASH_BYTES);
        } catch (DigestException e) {
            throw new IllegalStateException("a SHA-256 hash has 32 bytes", e);
        }
        for (int i = 0; i < sums.length; i++) {
            sums[i] += hash.getLong(8 * i);
        }
        count++;
    }

    synchronized String value() {
        ByteBuffer out = ByteBuffer.allocate(8 * (sums.length + 1));
        for (long s : sums) {
            out.putLong(s);
        }
        out.putLong(count);
        return HexFormat.of().formatHex(out.array());
    }
}
