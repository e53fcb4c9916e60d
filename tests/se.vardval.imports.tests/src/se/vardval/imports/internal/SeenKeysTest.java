package se.vardval.imports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The listings import's bit set of seen keys answers yes for every key added, through its growth, and yes for few
 * others; and the index of held-back keys chains the rows of declared keys only.
 */
class SeenKeysTest {

    private static final int KEYS = 1_000_000;
    private static final int CARE_CHOICES = 1024;

    /** Listing keys as the import makes them: a person number times 1024 plus the vårdval's index (here 0 or 1). */
    private static long[] listingKeys(long seed, int count) {
        Random random = new Random(seed);
        return LongStream.generate(() -> (190_001_010_000L + random.nextLong(10_000_000_000L)) * CARE_CHOICES
                + random.nextInt(2)).limit(count).toArray();
    }

    @Test
    void everyAddedKeyIsSeenAndFewOthersAre() {
        long[] added = listingKeys(1, KEYS);
        SeenKeys seen = new SeenKeys();
        for (int i = 0; i < added.length; i++) {
            seen.add(added[i]);
            if (seen.isCrowded(i + 1)) {
                seen.grow(added, i + 1);
            }
        }

        assertTrue(LongStream.of(added).allMatch(seen::contains), "every added key");
        long falseMatches = LongStream.of(listingKeys(2, KEYS)).filter(seen::contains).count();
        assertTrue(falseMatches < KEYS / 50, falseMatches + " of " + KEYS + " other keys seen (under 2 % expected)");
    }

    @Test
    void theChainsHoldTheRowsOfDeclaredKeysOnlyNewestFirst() {
        long[] keys = listingKeys(3, KEYS);
        KeyChains chains = new KeyChains(3);
        chains.declare(keys[10]);
        chains.declare(keys[500_000]);
        chains.declare(7L);
        keys[999_999] = keys[10];
        for (int row = 0; row < keys.length; row++) {
            chains.addIfDeclared(keys[row], row);
        }

        assertEquals(999_999, chains.newest(keys[10]));
        assertEquals(10, chains.before(999_999));
        assertEquals(-1, chains.before(10));
        assertEquals(500_000, chains.newest(keys[500_000]));
        assertEquals(-1, chains.newest(7L));
        assertEquals(-1, chains.newest(keys[11]));
    }
}
