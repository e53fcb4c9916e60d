package se.vardval.persistence.internal;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests that run on every backend: each test class gets a fresh H2 database and a fresh PostgreSQL
 * schema; tests take the backend as a {@code @MethodSource("backends")} parameter.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BackendTest {

    private List<Backend> backends;

    @BeforeAll
    void openBackends() {
        backends = List.of(Backend.h2(), Backend.postgres());
    }

    @AfterAll
    void closeBackends() {
        backends.forEach(Backend::close);
    }

    List<Backend> backends() {
        return backends;
    }

    /** The PostgreSQL backend alone, for what only PostgreSQL has. */
    Backend postgres() {
        return backends.get(1);
    }
}
