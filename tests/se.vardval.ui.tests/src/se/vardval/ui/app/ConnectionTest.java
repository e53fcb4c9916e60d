package se.vardval.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.ui.app.Connection.Kind;

/** The database choice: how it is read, remembered without a password, and checked before the client switches. */
class ConnectionTest {

    @TempDir
    Path directory;

    @Test
    void aGivenSettingIsTheDemoALocalDirectoryOrASharedServer() {
        assertEquals(Kind.DEMO, Connection.fromSetting("/data/demo", null, "/data/demo").kind());
        assertEquals(Kind.LOCAL, Connection.fromSetting("/data/other", null, "/data/demo").kind());
        Connection shared = Connection.fromSetting("jdbc:postgresql://db:5432/vardval", "karin", "/data/demo");
        assertEquals(Kind.POSTGRES, shared.kind());
        assertTrue(shared.needsPassword());
    }

    @Test
    void isRememberedWithoutAPassword() throws Exception {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("se.vardval.ui.tests.connection");
        preferences.clear();
        assertNull(Connection.remembered(preferences));

        new Connection(Kind.POSTGRES, "jdbc:postgresql://db:5432/vardval", "karin").remember(preferences);

        assertEquals(new Connection(Kind.POSTGRES, "jdbc:postgresql://db:5432/vardval", "karin"),
                Connection.remembered(preferences));
        for (String key : preferences.keys()) {
            assertTrue(!key.contains("password"), "no password among " + key);
        }
    }

    @Test
    void aServerThatCannotBeReachedIsNamedWithTheReason() {
        Connection unreachable = new Connection(Kind.POSTGRES, "jdbc:postgresql://127.0.0.1:1/vardval", "karin");

        String problem = ConnectionCheck.problem(unreachable, "secret").orElseThrow();

        assertTrue(problem.contains("127.0.0.1:1"), problem);
        assertTrue(problem.contains("går att nå"), problem);
    }

    @Test
    void aLocalDirectoryOpens() {
        assertTrue(ConnectionCheck.problem(new Connection(Kind.LOCAL, directory.toString(), null), null).isEmpty());
    }
}
