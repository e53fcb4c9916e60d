package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PersonId;
import se.vardval.core.store.ImportService.FileResult;

/**
 * A person is listed at most at one unit per vårdval on any day however many files are imported at once: two listings
 * files whose listings overlap each other, imported at the same moment, give one accepted file and one rejected for
 * the overlap, year after year; a file waits for the turn of the one before it.
 */
class ConcurrentListingImportTest extends BackendTest {

    private static final String ORG = "556677889" + PersonId.checkDigit("556677889");
    private static final String PERSON = "19400101-001" + PersonId.checkDigit("400101001");
    /** Longer than H2's own lock timeout of one second. */
    private static final long WAIT_MILLIS = 3_000;
    private static final String HEADER = "person_id;care_choice;hsa_id;valid_from;valid_to;assigned";

    @ParameterizedTest
    @MethodSource("backends")
    void twoOverlappingFilesAtOnceKeepOne(Backend backend) throws Exception {
        DatabaseImportService imports = region(backend);
        ExecutorService importers = Executors.newFixedThreadPool(2);
        try {
            for (int year = 2026; year <= 2031; year++) {
                Path first = listings("SE2321000206-E1", year + "-01-01", year + "-06-30");
                Path second = listings("SE2321000206-E2", year + "-03-01", year + "-12-31");

                List<FileResult> results = importAtOnce(importers, imports, List.of(first, second));

                assertEquals(1, results.stream().filter(FileResult::accepted).count(), year + ": " + results);
                assertTrue(results.stream().flatMap(r -> r.errors().stream())
                        .anyMatch(e -> e.toString().contains("överlappar den lagrade listningen")), year + ": "
                                + results);
            }
        } finally {
            importers.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aListingsFileWaitsForTheTurnOfTheOneBeforeIt(Backend backend) throws Exception {
        DatabaseImportService imports = region(backend);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try (Connection other = backend.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.executeQuery("select id from care_choice for update").close();
            }
            Future<FileResult> waiting = importer.submit(() -> imports.importFile(
                    listings("SE2321000206-E1", "2040-01-01", "2040-12-31"), "anna", p -> {
                    }));
            Thread.sleep(WAIT_MILLIS);
            assertFalse(waiting.isDone(), "waits while another import holds the turn");
            other.commit();
            FileResult result = waiting.get();
            assertTrue(result.accepted(), "then takes its turn: " + result);
        } finally {
            importer.shutdownNow();
        }
    }

    private static DatabaseImportService region(Backend backend) throws IOException {
        new JpaMasterDataStore(backend.database(), backend.users())
                .saveCareChoice(new CareChoice("halsoval", "Hälsoval", "halsoval"), "setup");
        DatabaseImportService imports = new DatabaseImportService(backend.database(), backend.users());
        Path dir = Files.createTempDirectory("region");
        Files.writeString(dir.resolve("providers.csv"), "org_nr;name;ownership\n" + ORG + ";Vårdbolaget AB;PRIVATE\n");
        Files.writeString(dir.resolve("units.csv"), "hsa_id;name;org_nr;municipality;catchment_population\n"
                + "SE2321000206-E1;Norr;" + ORG + ";2380;9000\nSE2321000206-E2;Syd;" + ORG + ";2380;8000\n");
        Files.writeString(dir.resolve("persons.csv"), "person_id;birth_date;sex;municipality;area_code;distance_km;"
                + "cni_flags\n" + PERSON + ";;;2380;;;\n");
        Files.writeString(dir.resolve("listings.csv"), HEADER + "\n" + PERSON
                + ";halsoval;SE2321000206-E1;2025-01-01;2025-12-31;\n");
        List<FileResult> loaded = imports.importDirectory(dir, "anna", p -> {
        });
        assertTrue(loaded.stream().allMatch(FileResult::accepted), loaded.toString());
        return imports;
    }

    private static Path listings(String hsaId, String from, String to) throws IOException {
        Path file = Files.createTempDirectory("listings").resolve("listings.csv");
        return Files.writeString(file, HEADER + "\n" + PERSON + ";halsoval;" + hsaId + ";" + from + ";" + to + ";\n");
    }

    /** Imports each file on a thread of its own, all released together. */
    private static List<FileResult> importAtOnce(ExecutorService importers, DatabaseImportService imports,
            List<Path> files) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<FileResult>> imported = new ArrayList<>();
        for (Path file : files) {
            imported.add(importers.submit(() -> {
                start.await();
                return imports.importFile(file, "anna", p -> {
                });
            }));
        }
        start.countDown();
        List<FileResult> results = new ArrayList<>();
        for (Future<FileResult> result : imported) {
            results.add(result.get());
        }
        return results;
    }
}
