package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Proxy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;

/**
 * A failure that is not the user's (an IllegalStateException, as a broken database read throws) is an internal error
 * with exit code 3, not a refusal; a UserError from the same place stays a one-line refusal with exit code 1.
 */
class InternalErrorTest {

    @BeforeEach
    void withoutDebug() {
        assumeTrue(System.getenv("VARDVAL_DEBUG") == null, "VARDVAL_DEBUG prints the stack trace");
    }

    @Test
    void anIllegalStateExceptionIsAnInternalErrorWithoutItsStackTrace() throws InterruptedException {
        CliRunner cli = withModels(new IllegalStateException("Could not read the database: connection reset"));

        CliRunner.Outcome failed = cli.run("models");

        assertEquals(3, failed.exitCode());
        assertEquals("vardval models: internt fel: java.lang.IllegalStateException: Could not read the database:"
                + " connection reset (sätt VARDVAL_DEBUG=1 för att se stackspårningen)", failed.err().strip());
        assertFalse(failed.err().contains("\tat "), failed.err());
    }

    @Test
    void anIllegalArgumentExceptionIsAnInternalErrorToo() throws InterruptedException {
        CliRunner.Outcome failed = withModels(new IllegalArgumentException("a distance band needs its start"))
                .run("models");

        assertEquals(3, failed.exitCode());
        assertEquals("vardval models: internt fel: java.lang.IllegalArgumentException: a distance band needs its"
                + " start (sätt VARDVAL_DEBUG=1 för att se stackspårningen)", failed.err().strip());
    }

    @Test
    void aUserErrorIsARefusalOnOneLine() throws InterruptedException {
        CliRunner.Outcome refused = withModels(new UserError("modellen 'x' är inte installerad")).run("models");

        assertEquals(1, refused.exitCode());
        assertEquals("vardval models: modellen 'x' är inte installerad", refused.err().strip());
    }

    /** The command line on the test database with a model catalogue that throws {@code failure} when asked. */
    private static CliRunner withModels(RuntimeException failure) throws InterruptedException {
        ModelCatalog failing = (ModelCatalog) Proxy.newProxyInstance(ModelCatalog.class.getClassLoader(),
                new Class<?>[] { ModelCatalog.class }, (proxy, method, args) -> {
                    throw failure;
                });
        CliServices s = new CliRunner().services();
        return new CliRunner(new Commands(new CliServices(s.imports(), s.rulebooks(), s.runner(), s.runs(),
                s.masterData(), failing, s.demo(), s.benchmark(), s.exports(), s.audit(), s.rulebookYears(),
                s.scenarios(), s.deficits(), s.followUp(), s.users(), s.passwords(), s.calibration(), s.accounts(),
                s.naming(), s.tools(), s.region())));
    }
}
