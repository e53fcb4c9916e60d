package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.MessageDigest;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.ImportService.Progress;
import se.vardval.core.store.RunInputChanges;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jdbc.PersonTable;
import se.vardval.persistence.internal.jdbc.Streams;

class ImportServiceTest extends BackendTest {

    private static final String ORG = withCheckDigit("556677889");
    private static final String P1 = person("19400101", "001");
    private static final String P2 = person("19851224", "002");
    private static final String P3 = person("20200229", "003");

    private static String withCheckDigit(String nine) {
        return nine + PersonId.checkDigit(nine);
    }

    private static String person(String date, String serial) {
        return date + "-" + serial + PersonId.checkDigit(date.substring(2) + serial);
    }

    private static Path write(Path dir, String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }


    private static String text(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    /** The table's indexes as name:column, whatever case the database gives its names. */
    private static Set<String> indexes(DataSource dataSource, String table) throws SQLException {
        Set<String> indexes = new TreeSet<>();
        try (Connection c = dataSource.getConnection()) {
            for (String name : Set.of(table, table.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, null, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getString("INDEX_NAME") != null && rs.getString("COLUMN_NAME") != null) {
                            indexes.add((rs.getString("INDEX_NAME") + ":" + rs.getString("COLUMN_NAME"))
                                    .toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return indexes;
    }

    /** A test body that may throw. */
    @FunctionalInterface
    private interface Body {

        void run() throws Exception;
    }

    /**
     * Runs the body on person and listing tables emptied of what earlier tests of the class imported, so that its
     * import is a first load, and empties them again afterwards.
     */
    private static void onEmptyPersonsAndListings(DataSource dataSource, Body body) throws Exception {
        emptyPersonsAndListings(dataSource);
        try {
            body.run();
        } finally {
            emptyPersonsAndListings(dataSource);
        }
    }

    private static void emptyPersonsAndListings(DataSource dataSource) throws SQLException {
        Sql.execute(dataSource, "delete from listing");
        Sql.execute(dataSource, "delete from person");
    }


    private static Path region(Path dir) throws IOException {
        write(dir, "providers.csv", "org_nr;name;ownership", ORG + ";Vårdbolaget AB;PRIVATE");
        write(dir, "units.csv", "hsa_id;name;org_nr;municipality;catchment_population",
                "SE2321000206-E1;Norr;" + ORG + ";2380;9000", "SE2321000206-E2;Syd;" + ORG + ";2380;");
        write(dir, "contracts.csv", "contract_id;care_choice;org_nr;hsa_id;valid_from;valid_to",
                "K-1;halsoval;" + ORG + ";SE2321000206-E1;2020-01-01;",
                "K-1;halsoval;" + ORG + ";SE2321000206-E2;2020-01-01;2030-12-31");
        write(dir, "persons.csv", "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags",
                P1 + ";;;2380;;12,5;OLD_ALONE|LOW_EDUCATION", P2 + ";;;2380;;;", P3 + ";;;2361;;;UNDER5");
        return write(dir, "listings.csv", "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P1 + ";halsoval;SE2321000206-E1;2025-01-01;;false",
                P2 + ";halsoval;SE2321000206-E2;2024-01-01;2025-02-28;",
                P2 + ";halsoval;SE2321000206-E1;2025-03-01;;",
                P3 + ";halsoval;SE2321000206-E2;2025-03-01;;true");
    }

    private DatabaseImportService prepared(Backend backend) {
        new JpaMasterDataStore(backend.database(), backend.users()).saveCareChoice(new CareChoice("halsoval", "Hälsoval", "halsoval"),
                "setup");
        return new DatabaseImportService(backend.database(), backend.users());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void directoryImportsInOrderAndReimportIsIdempotent(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        Path dir = Files.createTempDirectory("import");
        Path listings = region(dir);
        List<Progress> progress = new ArrayList<>();

        List<FileResult> results = imports.importDirectory(dir, "anna", progress::add);

        assertEquals(List.of("providers.csv", "units.csv", "contracts.csv", "persons.csv", "listings.csv"),
                results.stream().map(FileResult::file).toList());
        assertTrue(results.stream().allMatch(FileResult::accepted), results.toString());
        assertEquals(4, results.get(4).rows());
        assertFalse(progress.isEmpty());
        assertEquals("listings.csv", progress.get(progress.size() - 1).file());
        DataSource ds = backend.dataSource();
        assertEquals(4, Sql.count(ds, "select count(*) from listing"));
        assertEquals(3, Sql.count(ds, "select count(*) from person"));
        assertEquals(2, new JpaMasterDataStore(backend.database(), backend.users()).contracts("halsoval").size());
        assertTrue(new JpaAuditLog(backend.database()).entries("unit", 10).size() >= 2, "imports are audited");

        FileResult again = imports.importFile(listings, "anna", p -> {
        });
        assertTrue(again.accepted(), again.errors().toString());
        assertEquals(4, Sql.count(ds, "select count(*) from listing"), "a re-import replaces, never duplicates");
        List<FileResult> all = imports.importDirectory(dir, "anna", p -> {
        });
        assertTrue(all.stream().allMatch(FileResult::accepted), all.toString());
        assertEquals(3, Sql.count(ds, "select count(*) from person"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void everyAcceptedFileIsAuditedWithItsRowsAndTheSha256OfItsBytes(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        JpaAuditLog audit = new JpaAuditLog(backend.database());
        Path dir = Files.createTempDirectory("audited");
        Path listings = region(dir);
        Instant before = AuditTrail.now().minusMillis(1);

        imports.importDirectory(dir, "anna", p -> {
        });
        imports.importDirectory(dir, "bertil", p -> {
        });
        FileResult refused = imports.importFile(write(Files.createTempDirectory("bad"), "listings.csv",
                "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P1 + ";halsoval;SE9999999999-E9;2025-04-01;;"), "cecilia", p -> {
                });

        assertFalse(refused.accepted());
        List<AuditEntry> files = audit.changesAfter(before, List.of(RunInputChanges.IMPORTED_FILE));
        List<String> order = List.of("providers.csv", "units.csv", "contracts.csv", "persons.csv", "listings.csv");
        List<String> twice = new ArrayList<>(order);
        twice.addAll(order);
        assertEquals(twice, files.stream().map(AuditEntry::entityKey).toList(),
                "oldest first, register files (JPA) and bulk files (JDBC) alike; the refused file is not there");
        assertEquals(List.of("anna", "bertil"), files.stream().map(AuditEntry::user).distinct().toList());
        assertTrue(files.stream().allMatch(f -> f.action().equals(RunInputChanges.IMPORTED) && f.before() == null));
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(
                listings)));
        assertEquals("{\"rows\":4,\"sha256\":\"" + sha256 + "\"}", files.get(4).after());
        assertEquals(files.get(4).after(), files.get(9).after(), "the same file, the same sum");
        assertEquals(Optional.of(files.get(4)), audit.previous(files.get(9)), "a bulk file's import before (JDBC)");
        assertEquals(Optional.of(files.get(0)), audit.previous(files.get(5)), "a register file's import before (JPA)");
        assertEquals(10, files.stream().map(AuditEntry::id).distinct().count(),
                "ids from the sequence JPA allocates from, never one JPA hands out");
        assertEquals(List.of(), audit.changesAfter(files.get(9).at(), List.of("import")), "only later entries");
        audit.record("anna", "unit", "SE2321000206-E3", "CREATE", null, "{}");
        assertEquals(List.of("SE2321000206-E3"), audit.changesAfter(before, List.of("unit")).stream()
                .map(AuditEntry::entityKey).toList(), "only the types asked for (the region's units were imported "
                        + "unchanged by an earlier test)");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void theListingsVersionChangesWithEveryAcceptedImportAndOnlyThen(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        JdbcRunDataSource data = new JdbcRunDataSource(backend.database());
        CareChoice halsoval = new CareChoice("halsoval", "Hälsoval", "halsoval");
        Optional<String> before = data.open(halsoval, YearMonth.of(2025, 3), null).listingsVersion();
        Path listings = region(Files.createTempDirectory("versioned"));

        FileResult imported = imports.importFile(listings.resolveSibling("persons.csv"), "anna", p -> {
        });
        Optional<String> afterPersons = data.open(halsoval, YearMonth.of(2025, 3), null).listingsVersion();
        imports.importFile(write(Files.createTempDirectory("bad"), "listings.csv",
                "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P1 + ";halsoval;SE9999999999-E9;2025-04-01;;"), "anna", p -> {
                });
        Optional<String> afterRefused = data.open(halsoval, YearMonth.of(2025, 4), null).listingsVersion();
        List<FileResult> region = imports.importDirectory(listings.getParent(), "anna", p -> {
        });

        assertTrue(imported.accepted(), imported.errors().toString());
        assertTrue(region.stream().allMatch(FileResult::accepted), region.toString());
        assertTrue(before.isPresent());
        assertNotEquals(before, afterPersons, "an accepted file is a new version");
        assertEquals(afterPersons, afterRefused, "a refused file changes nothing, whatever the month read");
        assertNotEquals(afterRefused, data.open(halsoval, YearMonth.of(2025, 3), null).listingsVersion());
    }

    @ParameterizedTest
    @MethodSource("backends")
    void fileWithAnErrorChangesNothing(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        Path dir = Files.createTempDirectory("import");
        imports.importDirectory(region(dir).getParent(), "anna", p -> {
        });
        DataSource ds = backend.dataSource();
        long before = Sql.count(ds, "select count(*) from listing");

        Path bad = write(Files.createTempDirectory("bad"), "listings-2025-04.csv",
                "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P3 + ";halsoval;SE2321000206-E1;2025-04-01;;",
                P1 + ";halsoval;SE9999999999-E9;2025-04-01;;");
        FileResult result = imports.importFile(bad, "anna", p -> {
        });

        assertFalse(result.accepted());
        assertTrue(result.errors().stream().anyMatch(e -> e.toString().startsWith("listings-2025-04.csv:")), result.toString());
        assertEquals(before, Sql.count(ds, "select count(*) from listing"), "nothing of a rejected file is kept");

        Path overlapping = write(Files.createTempDirectory("overlap"), "listings.csv",
                "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P1 + ";halsoval;SE2321000206-E2;2025-06-01;;");
        FileResult overlap = imports.importFile(overlapping, "anna", p -> {
        });
        assertFalse(overlap.accepted(), "overlaps the stored listing of " + P1 + " from 2025-01-01");
        assertEquals(before, Sql.count(ds, "select count(*) from listing"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void reimportReplacesContentByNaturalKey(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        Path dir = Files.createTempDirectory("import");
        imports.importDirectory(region(dir).getParent(), "anna", p -> {
        });
        Path moved = write(Files.createTempDirectory("moved"), "listings.csv",
                "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P1 + ";halsoval;SE2321000206-E2;2025-01-01;2025-12-31;true");

        FileResult result = imports.importFile(moved, "anna", p -> {
        });

        assertTrue(result.accepted(), result.toString());
        DataSource ds = backend.dataSource();
        assertEquals(4, Sql.count(ds, "select count(*) from listing"));
        assertEquals(1, Sql.count(ds, "select count(*) from listing where person_id = '" + P1.replace("-", "")
                + "' and hsa_id = 'SE2321000206-E2' and valid_to = DATE '2025-12-31' and assigned"));
    }

    @Test
    void aReimportOnPostgresqlRewritesOnlyTheRowsItChanges() throws Exception {
        Backend backend = postgres();
        DatabaseImportService imports = prepared(backend);
        imports.importDirectory(region(Files.createTempDirectory("import")).getParent(), "anna", p -> {
        });
        DataSource ds = backend.dataSource();
        String unchanged = "select xmin::text from listing where person_id = '" + P1.replace("-", "") + "'";
        String changed = "select xmin::text from listing where person_id = '" + P3.replace("-", "") + "'";
        String unchangedVersion = text(ds, unchanged);
        String changedVersion = text(ds, changed);
        Path again = write(Files.createTempDirectory("again"), "listings.csv",
                "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                P1 + ";halsoval;SE2321000206-E1;2025-01-01;;false",
                P3 + ";halsoval;SE2321000206-E2;2025-03-01;;false");

        FileResult result = imports.importFile(again, "anna", p -> {
        });

        assertTrue(result.accepted(), result.toString());
        assertEquals(unchangedVersion, text(ds, unchanged), "a repeated row is left as it is");
        assertNotEquals(changedVersion, text(ds, changed));
        assertEquals(4, Sql.count(ds, "select count(*) from listing"));
        assertEquals(0, Sql.count(ds, "select count(*) from listing where person_id = '" + P3.replace("-", "")
                + "' and assigned"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void thePersonColumnsHoldNumbersThatReadBackAsTheTwelveDigits(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        DataSource ds = backend.dataSource();

        assertEquals(3, Sql.count(ds, "select count(*) from information_schema.columns where lower(column_name) ="
                + " 'person_id' and upper(data_type) = 'BIGINT' and lower(table_name) in ('person', 'listing',"
                + " 'activity')"), "the keys over persons compare numbers, not text");
        onEmptyPersonsAndListings(ds, () -> {
            Path persons = write(Files.createTempDirectory("numbers"), "persons.csv",
                    "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags", P1 + ";;;2380;;;");
            assertTrue(imports.importFile(persons, "anna", p -> {
            }).accepted());
            assertEquals(P1.replace("-", ""), text(ds, "select cast(person_id as varchar(12)) from person"));
            PersonTable people = new PersonTable();
            assertEquals(List.of(P1.replace("-", "")), Streams.list(ds, "select " + people.columnList()
                    + " from person", s -> {
                    }, people::read).stream().map(Person::personId).toList());
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void rowTheDatabaseRefusesIsReportedAtItsLineThoughRowsAreWrittenInKeyOrder(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        Path file = write(Files.createTempDirectory("refused"), "persons.csv",
                "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags", P3 + ";;;2380;;;",
                P1 + ";;;2380;;;", P2 + ";;;2380;" + "A".repeat(21) + ";;");
        long stored = Sql.count(backend.dataSource(), "select count(*) from person");

        FileResult result = imports.importFile(file, "anna", p -> {
        });

        assertFalse(result.accepted());
        assertTrue(result.errors().get(0).toString().startsWith("persons.csv:4: row: databasen avvisade raden"),
                result.toString());
        assertEquals(stored, Sql.count(backend.dataSource(), "select count(*) from person"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aFirstLoadIntoAnEmptyTableKeepsItsKeyAlsoWhenRefused(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        DataSource ds = backend.dataSource();
        onEmptyPersonsAndListings(ds, () -> firstLoadKeepsKeys(imports, ds));
    }

    private static void firstLoadKeepsKeys(DatabaseImportService imports, DataSource ds) throws Exception {
        Set<String> personIndexes = indexes(ds, "person");
        Set<String> listingIndexes = indexes(ds, "listing");
        assertTrue(personIndexes.stream().anyMatch(i -> i.endsWith(":person_id")), personIndexes.toString());
        assertEquals(1, listingIndexes.size(), "the key's one column: " + listingIndexes);
        assertTrue(listingIndexes.iterator().next().endsWith(":listing_key"), listingIndexes.toString());
        Path refused = write(Files.createTempDirectory("refused"), "persons.csv",
                "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags", P1 + ";;;2380;;;",
                P2 + ";;;2380;" + "A".repeat(21) + ";;");

        assertFalse(imports.importFile(refused, "anna", p -> {
        }).accepted());
        assertEquals(personIndexes, indexes(ds, "person"), "a refused load leaves the key in place");

        List<FileResult> results = imports.importDirectory(region(Files.createTempDirectory("first")).getParent(),
                "anna", p -> {
                });
        assertTrue(results.stream().allMatch(FileResult::accepted), results.toString());
        assertEquals(personIndexes, indexes(ds, "person"));
        assertEquals(listingIndexes, indexes(ds, "listing"));
        String p1 = P1.replace("-", "");
        long key = new ListingKeys(ds).of(new Listing(p1, "halsoval", "SE2321000206-E2", LocalDate.of(2025, 1, 1),
                null, false));
        SQLException refusal = assertThrows(SQLException.class, () -> Sql.execute(ds, "insert into listing"
                + " (listing_key, person_id, care_choice, valid_from, hsa_id, assigned) values (" + key + ", " + p1
                + ", 'halsoval', DATE '2025-01-01', 'SE2321000206-E2', false)"));
        assertEquals("23505", refusal.getSQLState(),
                "the key refuses a second listing with the same person, vårdval and valid_from");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aTableAForeignKeyRefersToIsLoadedWithItsKeyInPlace(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        DataSource ds = backend.dataSource();
        Sql.execute(ds, "create table person_note (person_id bigint references person (person_id))");
        try {
            onEmptyPersonsAndListings(ds, () -> {
                Path persons = write(Files.createTempDirectory("referred"), "persons.csv",
                        "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags", P1 + ";;;2380;;;");

                FileResult result = imports.importFile(persons, "anna", p -> {
                });

                assertTrue(result.accepted(), result.toString());
                assertEquals(1, Sql.count(ds, "select count(*) from person"));
            });
        } finally {
            Sql.execute(ds, "drop table person_note");
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void decimalsDatesAndNullsAreStoredAsTheFileHasThem(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        Path dir = region(Files.createTempDirectory("values")).getParent();
        write(dir, "costs.csv", "hsa_id;period;category;amount;reference",
                "SE2321000206-E1;2025-03;LAB;1234567,89;r1", "SE2321000206-E1;2025-03;DRUGS;-0,05;",
                "SE2321000206-E2;2025-03;XRAY;100000000;r3");
        write(dir, "cni_units.csv", "hsa_id;period;population;n_under5;n_foreign_born;n_old_alone;n_single_parent;"
                + "n_moved_in;n_unemployed;n_low_education;index;cni",
                "SE2321000206-E1;2025-03;6720;310;0;12;4;5;6;7;1,0234567891;0,0000000001");
        DataSource ds = backend.dataSource();

        onEmptyPersonsAndListings(ds, () -> {
            List<FileResult> results = imports.importDirectory(dir, "anna", p -> {
            });
            assertTrue(results.stream().allMatch(FileResult::accepted), results.toString());
            assertEquals("1234567.89", text(ds, "select cast(amount as varchar) from cost where category = 'LAB'"));
            assertEquals("-0.05", text(ds, "select cast(amount as varchar) from cost where category = 'DRUGS'"));
            assertEquals("100000000.00", text(ds, "select cast(amount as varchar) from cost where category = 'XRAY'"));
            assertEquals("6720 310 0 1.0234567891 0.0000000001", text(ds, "select concat_ws(' ', population,"
                    + " n_under5, n_foreign_born, cni_index, cni) from cni_unit"));
            assertEquals("2024-01-01 2025-02-28", text(ds, "select concat_ws(' ', valid_from, valid_to) from listing"
                    + " where valid_to is not null and not assigned"));
            assertEquals(1, Sql.count(ds, "select count(*) from listing where valid_to is null and assigned"));
            assertEquals("12.50 OLD_ALONE|LOW_EDUCATION", text(ds, "select concat_ws(' ', distance_km, cni_flags)"
                    + " from person where distance_km is not null"));
        });
    }

    @ParameterizedTest
    @MethodSource("backends")
    void unknownFileIsRefusedByName(Backend backend) throws Exception {
        DatabaseImportService imports = prepared(backend);
        Path file = write(Files.createTempDirectory("unknown"), "listning.csv", "a;b");
        FileResult result = imports.importFile(file, "anna", p -> {
        });
        assertFalse(result.accepted());
        assertTrue(result.errors().get(0).toString().contains("listning.csv"), result.toString());
    }
}
