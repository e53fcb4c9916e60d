package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aHashKeepsAlgorithmParametersAndSaltAndVerifiesOnlyItsPassword() {
        String hash = PasswordHash.hash("korrekt häst batteri".toCharArray(), random);

        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertTrue(PasswordHash.verify("korrekt häst batteri".toCharArray(), hash));
        assertFalse(PasswordHash.verify("korrekt hast batteri".toCharArray(), hash));
        assertFalse(PasswordHash.verify("".toCharArray(), hash));
        assertFalse(PasswordHash.verify("korrekt häst batteri".toCharArray(), "not a hash"));
        assertFalse(PasswordHash.verify("korrekt häst batteri".toCharArray(), null));
        assertNotEquals(hash, PasswordHash.hash("korrekt häst batteri".toCharArray(), random), "salted");
    }
}
