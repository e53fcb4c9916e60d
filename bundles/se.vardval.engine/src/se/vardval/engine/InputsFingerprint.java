package se.vardval.engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An order-independent digest of the records a model read: each record's SHA-256 is added into 256-bit
 * accumulators, so the same set of inputs gives the same fingerprint whatever order the database streamed them in.
 */
final class InputsFingerprint {

    private final long[] sums = new long[4];
    private long count;
    private final MessageDigest sha;

    InputsFingerprint() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    synchronized void add(String kind, String canonicalRecord) {
        sha.update(kind.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        ByteBuffer hash = ByteBuffer.wrap(sha.digest(canonicalRecord.getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < sums.length; i++) {
            sums[i] += hash.getLong();
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
