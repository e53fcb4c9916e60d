package se.vardval.persistence.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import jakarta.persistence.PersistenceException;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.FileProblem;
import se.vardval.core.store.ImportFileContribution;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.RunInputChanges;
import se.vardval.imports.ImportDirectory;
import se.vardval.imports.ImportFileType;
import se.vardval.imports.ImportProgress;
import se.vardval.imports.ImportResult;
import se.vardval.imports.ImportSession;
import se.vardval.imports.ImportSink;
import se.vardval.persistence.internal.jdbc.ActivityTable;
import se.vardval.persistence.internal.jdbc.BatchWriter.RejectedRowException;
import se.vardval.persistence.internal.jdbc.BulkTable;
import se.vardval.persistence.internal.jdbc.BulkWriter;
import se.vardval.persistence.internal.jdbc.CniUnitTable;
import se.vardval.persistence.internal.jdbc.CostTable;
import se.vardval.persistence.internal.jdbc.IndicatorTable;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.PenaltyTable;
import se.vardval.persistence.internal.jdbc.PersonTable;

/**
 * Imports the region's CSV files into the database, each file in one transaction that is rolled back when the file has
 * any error: register files through JPA (audited), bulk files by COPY (PostgreSQL) or JDBC batches (H2).
 * Re-importing a file replaces the rows with the same natural keys. Files plugins contribute
 * ({@link ImportFileContribution}) are read by the same rules and stored by their plugin in one transaction, after the
 * contract's files of a directory. The codes of activities are read by the keys plugins declare
 * ({@link ActivityCodeKeys}), as installed when an import starts. Every accepted file is in the audit log
 * ({@link RunInputChanges#IMPORTED_FILE}: who, when, its rows and the SHA-256 of its bytes), written in the file's
 * transaction. Only a user allowed to import may.
 */
@Component
public class DatabaseImportService implements ImportService {

    private final Database database;
    private final AccessControl access;
    private final List<ImportFileContribution<?>> contributed = new CopyOnWriteArrayList<>();
    private final List<ActivityCodeKeys> codeKeys = new CopyOnWriteArrayList<>();

    /** Uses the given database and access control. */
    @Activate
    public DatabaseImportService(@Reference Database database, @Reference AccessControl access) {
        this.database = database;
        this.access = access;
    }

    /** A plugin's import file arrives. */
    @Reference(service = ImportFileContribution.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addContributedFile(ImportFileContribution<?> contribution) {
        contributed.add(contribution);
    }

    void removeContributedFile(ImportFileContribution<?> contribution) {
        contributed.remove(contribution);
    }

    /** A plugin's code keys of activities arrive. */
    @Reference(service = ActivityCodeKeys.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addCodeKeys(ActivityCodeKeys keys) {
        codeKeys.add(keys);
    }

    void removeCodeKeys(ActivityCodeKeys keys) {
        codeKeys.remove(keys);
    }

    /** A session of one import, reading activities' codes by the keys of the plugins installed now. */
    private ImportSession session(StoredReferences references) {
        return new ImportSession(references, codeKeys);
    }

    @Override
    public List<String> fileNames() {
        List<String> names = new ArrayList<>();
        ImportFileType.importOrder().forEach(t -> names.add(t.fileName()));
        contributedInOrder().forEach(c -> names.add(c.fileName()));
        return List.copyOf(names);
    }

    @Override
    public List<FileResult> importDirectory(Path directory, String user, Consumer<Progress> progress) {
        access.require(user, Permission.IMPORT, null);
        Scan scan;
        try {
            scan = scan(directory);
        } catch (IOException e) {
            return List.of(unreadable(directory, e));
        }
        if (!scan.unknown().isEmpty()) {
            return scan.unknown().stream().map(file -> notAFormat(file.getFileName().toString())).toList();
        }
        List<FileResult> results = new ArrayList<>();
        StoredReferences references = new StoredReferences(database.dataSource());
        ImportSession session = session(references);
        for (ImportDirectory.ImportFile file : scan.contract()) {
            FileResult result = load(session, references, file.path(), file.type(), user, progress);
            results.add(result);
            if (!result.accepted()) {
                return results;
            }
        }
        for (Contributed file : scan.contributed()) {
            FileResult result = loadContributed(session, file.path(), file.contribution(), user, progress);
            results.add(result);
            if (!result.accepted()) {
                break;
            }
        }
        return results;
    }

    @Override
    public Plan plan(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return scan(path).plan();
        }
        String name = path.getFileName().toString();
        boolean known = ImportFileType.forFileName(name).isPresent() || contributionFor(path).isPresent();
        return new Plan(known ? List.of(path) : List.of(), List.of());
    }

    /**
     * The directory's files as the import reads them: the contract's in dependency order, then those plugins
     * contribute (by contribution, then name), and the CSV files it does not know.
     */
    private Scan scan(Path directory) throws IOException {
        ImportDirectory contents = ImportDirectory.scan(directory);
        List<Contributed> contributed = new ArrayList<>();
        List<Path> unknown = new ArrayList<>();
        for (Path other : contents.unrecognised()) {
            Optional<ImportFileContribution<?>> contribution = contributionFor(other);
            if (contribution.isPresent()) {
                contributed.add(new Contributed(other, contribution.get()));
            } else if (other.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
                unknown.add(other);
            }
        }
        List<ImportFileContribution<?>> order = contributedInOrder();
        contributed.sort(Comparator.comparing((Contributed c) -> order.indexOf(c.contribution()))
                .thenComparing(Contributed::path));
        return new Scan(contents.files(), contributed, unknown);
    }

    /** A directory's contract files, contributed files and unknown CSV files, each in the order they are read. */
    private record Scan(List<ImportDirectory.ImportFile> contract, List<Contributed> contributed, List<Path> unknown) {

        Plan plan() {
            List<Path> files = new ArrayList<>();
            contract.forEach(file -> files.add(file.path()));
            contributed.forEach(file -> files.add(file.path()));
            return new Plan(files, unknown);
        }
    }

    @Override
    public FileResult importFile(Path file, String user, Consumer<Progress> progress) {
        access.require(user, Permission.IMPORT, null);
        String name = file.getFileName().toString();
        Optional<ImportFileType> type = ImportFileType.forFileName(name);
        StoredReferences references = new StoredReferences(database.dataSource());
        if (type.isPresent()) {
            return load(session(references), references, file, type.get(), user, progress);
        }
        Optional<ImportFileContribution<?>> contribution = contributionFor(file);
        return contribution.isPresent()
                ? loadContributed(session(references), file, contribution.get(), user, progress)
                : notAFormat(name);
    }

    private FileResult notAFormat(String name) {
        return new FileResult(name, 0, List.of(FileProblem.ofFile(name,
                "inte en av importens filer (förväntade en av " + String.join(", ", fileNames()) + ")")));
    }

    /** The contributed files by name, so that a directory import reads them in a stable order. */
    private List<ImportFileContribution<?>> contributedInOrder() {
        return contributed.stream().sorted(Comparator.comparing(ImportFileContribution::fileName)).toList();
    }

    private Optional<ImportFileContribution<?>> contributionFor(Path file) {
        String name = file.getFileName().toString();
        return contributedInOrder().stream().filter(c -> ImportFileType.standsFor(name, c.fileName())).findFirst();
    }

    /** A file of the directory that a plugin contributes. */
    private record Contributed(Path path, ImportFileContribution<?> contribution) {
    }

    /** Reads a plugin's file, keeping its records, and stores them through the plugin in one transaction. */
    private <T> FileResult loadContributed(ImportSession session, Path file, ImportFileContribution<T> contribution,
            String user, Consumer<Progress> progress) {
        String name = file.getFileName().toString();
        ImportProgress reporter = (rows, bytes, total) -> progress.accept(new Progress(name, rows, bytes, total));
        List<T> records = new ArrayList<>();
        ImportResult result;
        try {
            result = session.read(file, contribution, new ImportSink() {
                @Override
                @SuppressWarnings("unchecked")
                public void contributed(Object record, long line) {
                    records.add((T) record);
                }
            }, reporter);
        } catch (IOException e) {
            return unreadable(file, e);
        }
        if (!result.ok()) {
            return rejected(result);
        }
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                contribution.store(connection, List.copyOf(records));
                audit(connection, user, result);
                connection.commit();
                return accepted(result);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return refused(name, e);
        }
    }

    private FileResult load(ImportSession session, StoredReferences references, Path file, ImportFileType type,
            String user, Consumer<Progress> progress) {
        String name = file.getFileName().toString();
        ImportProgress reporter = (rows, bytes, total) -> progress.accept(new Progress(name, rows, bytes, total));
        try {
            FileResult result = switch (type) {
                case PROVIDERS, UNITS, CONTRACTS, SUPPLEMENTARY -> loadRegister(session, file, type, user, reporter);
                default -> loadBulk(session, references, file, type, user, reporter);
            };
            if (result.accepted()) {
                references.refresh();
            }
            return result;
        } catch (IOException e) {
            return unreadable(file, e);
        }
    }

    private FileResult loadRegister(ImportSession session, Path file, ImportFileType type, String user,
            ImportProgress progress) throws IOException {
        try {
            return database.inTransaction(em -> {
                ImportResult result = read(session, file, type, new RegisterSink(em, user), progress);
                if (!result.ok()) {
                    throw new Rejected(result);
                }
                AuditTrail.record(em, user, RunInputChanges.IMPORTED_FILE, result.file(), RunInputChanges.IMPORTED,
                        null, ImportedFile.of(result));
                return accepted(result);
            });
        } catch (Rejected rejected) {
            return rejected(rejected.result);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (PersistenceException e) {
            String name = file.getFileName().toString();
            return new FileResult(name, 0,
                    List.of(FileProblem.ofFile(name, "databasen avvisade filen: " + e.getMessage())));
        }
    }

    @SuppressWarnings("unchecked")
    private FileResult loadBulk(ImportSession session, StoredReferences references, Path file, ImportFileType type,
            String user, ImportProgress progress) throws IOException {
        String name = file.getFileName().toString();
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (type == ImportFileType.LISTINGS) {
                    takeTurnWithOtherListingFiles(connection);
                }
                ImportResult result;
                BulkTable<Object> table = (BulkTable<Object>) table(type, database.dataSource());
                try (BulkWriter<Object> writer = BulkWriter.open(connection, table)) {
                    references.loadingIntoEmpty(writer.intoEmptyTable() ? table.name() : null);
                    result = session.read(file, type, new BulkSink(writer), progress);
                    if (result.ok()) {
                        writer.finish();
                    }
                } finally {
                    references.loadingIntoEmpty(null);
                }
                if (result.ok()) {
                    audit(connection, user, result);
                    connection.commit();
                    return accepted(result);
                }
                connection.rollback();
                return rejected(result);
            } catch (BulkSink.Refused e) {
                connection.rollback();
                return refused(name, e.sqlException());
            } catch (SQLException | RuntimeException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return refused(name, e);
        }
    }

    /**
     * Waits for the listings file another import is loading, and keeps the next waiting until this one's transaction
     * ends (by locking the vårdval rows): each file's listings are then checked against those of the files imported
     * before it, so two files loaded at once cannot each add a listing that overlaps the other's. On PostgreSQL the
     * lock is the one that leaves the rows' keys alone, so that writes of rows referring to a vårdval (contracts,
     * runs) do not wait for the listings.
     */
    private static void takeTurnWithOtherListingFiles(Connection connection) throws SQLException {
        String lock = Jdbc.isPostgres(connection) ? "for no key update" : "for update";
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("select id from care_choice " + lock).close();
        }
    }

    /** Records the accepted file in the audit log, in the transaction that keeps its rows. */
    private static void audit(Connection connection, String user, ImportResult result) throws SQLException {
        AuditTrail.record(connection, user, RunInputChanges.IMPORTED_FILE, result.file(), RunInputChanges.IMPORTED,
                ImportedFile.of(result));
    }

    /** What the audit log keeps of an imported file: its rows and the SHA-256 of its bytes. */
    private record ImportedFile(long rows, String sha256) {

        static ImportedFile of(ImportResult result) {
            return new ImportedFile(result.rows(), result.sha256());
        }
    }

    private static ImportResult read(ImportSession session, Path file, ImportFileType type,
            ImportSink sink, ImportProgress progress) {
        try {
            return session.read(file, type, sink, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BulkTable<?> table(ImportFileType type, DataSource dataSource) {
        return switch (type) {
            case PERSONS -> new PersonTable();
            case LISTINGS -> new ListingTable(new ListingKeys(dataSource));
            case ACTIVITIES -> new ActivityTable();
            case COSTS -> new CostTable();
            case CNI_UNITS -> new CniUnitTable();
            case INDICATORS -> new IndicatorTable();
            case PENALTIES -> new PenaltyTable();
            default -> throw new IllegalArgumentException(type + " is not bulk data");
        };
    }

    private static FileResult accepted(ImportResult result) {
        return new FileResult(result.file(), result.rows(), List.of());
    }

    private static FileResult rejected(ImportResult result) {
        return new FileResult(result.file(), result.rows(), result.errors());
    }

    private static FileResult refused(String name, SQLException e) {
        FileProblem problem = e instanceof RejectedRowException row
                ? new FileProblem(name, row.line(), "row", "databasen avvisade raden: " + e.getMessage())
                : FileProblem.ofFile(name, "databasen avvisade filen: " + e.getMessage());
        return new FileResult(name, 0, List.of(problem));
    }

    private static FileResult unreadable(Path file, IOException e) {
        String name = file.getFileName().toString();
        return new FileResult(name, 0, List.of(FileProblem.ofFile(name, "kan inte läsas: " + e.getMessage())));
    }

    /** Carries a file with errors out of its transaction so that the transaction is rolled back. */
    private static final class Rejected extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient ImportResult result;

        Rejected(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }
}
