package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.persistence.DatabaseUnavailableException;
import se.vardval.persistence.Databases;

class DatabasesTest {

    @Test
    void settingsComeFromPropertiesThenEnvironment() {
        Map<String, String> properties = Map.of("vardval.db", "jdbc:postgresql://db.region.se/vardval");
        Map<String, String> environment = Map.of("VARDVAL_DB_USER", "vardval", "VARDVAL_DB_PASSWORD", "hemligt");

        DatabaseSettings settings = DatabaseSettings.from(properties::get, environment::get);

        assertEquals(new DatabaseSettings("jdbc:postgresql://db.region.se/vardval", "vardval", "hemligt"), settings);
    }

    @Test
    void aDirectoryMeansTheEmbeddedDatabase() {
        DatabaseSettings settings = DatabaseSettings.from(Map.of("vardval.db", "/srv/vardval")::get, k -> null);

        assertEquals("jdbc:h2:file:/srv/vardval/vardval;AUTO_SERVER=TRUE;LOCK_TIMEOUT=60000", settings.url());
        assertEquals("sa", settings.user());
        assertTrue(DatabaseSettings.from(k -> null, k -> null).url().endsWith("/.vardval/db/vardval;AUTO_SERVER=TRUE;LOCK_TIMEOUT=60000"));
    }

    @Test
    void unreachablePostgresGivesAReadableMessage() {
        DataSource dataSource = Databases.open("jdbc:postgresql://127.0.0.1:1/vardval", "anna", "x");

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> Databases.check(dataSource));

        assertTrue(e.getMessage().startsWith(
                "Kan inte ansluta till PostgreSQL-databasen jdbc:postgresql://127.0.0.1:1/vardval som användaren"
                + " 'anna'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("vardval.db.user"), e.getMessage());
    }

    @Test
    void anUnsupportedUrlFailsAtFirstUseWithTheReason() {
        DataSource dataSource = Databases.open("jdbc:mysql://db.region.se/vardval", "anna", "x");

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> Databases.check(dataSource));

        assertEquals("Databas-URL:en 'jdbc:mysql://db.region.se/vardval' stöds inte: ange en katalog för den inbäddade"
                + " databasen eller en jdbc:postgresql://-URL", e.getMessage());
    }

    @Test
    void aFileGivenAsTheEmbeddedDatabasesDirectoryFailsAtFirstUseWithTheReason(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("vardval.mv.db"), "");
        DataSource dataSource = Databases.open(Databases.url(file.toString()), "sa", "");

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> Databases.check(dataSource));

        assertEquals("Kan inte öppna den inbäddade databasen: " + file
                + " är en fil, inte en katalog; ange databasens katalog (--db eller vardval.db)", e.getMessage());
        assertEquals(List.of("vardval.mv.db"), List.of(dir.toFile().list()), "nothing written beside the file");
    }

    @Test
    void unreachableDatabaseFailsAtFirstUseOfAStore() {
        Database database = new Database(Databases.open("jdbc:postgresql://127.0.0.1:1/vardval", "anna", "x"));

        DatabaseUnavailableException e = assertThrows(DatabaseUnavailableException.class,
                () -> new JpaMasterDataStore(database, name -> Optional.empty()).providers());

        assertTrue(e.getMessage().contains("Kan inte ansluta till PostgreSQL-databasen"), e.getMessage());
    }

    @Test
    void aPostgresqlConnectionIsReusedRatherThanOpenedForEveryQuery() throws SQLException {
        Backend postgres = Backend.postgres();
        try {
            DataSource dataSource = postgres.dataSource();

            int first = serverProcess(dataSource);

            assertEquals(first, serverProcess(dataSource));
        } finally {
            postgres.close();
        }
    }

    /** The id of the PostgreSQL server process serving a connection from the data source. */
    private static int serverProcess(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
