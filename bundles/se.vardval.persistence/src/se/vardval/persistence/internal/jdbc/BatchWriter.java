package se.vardval.persistence.internal.jdbc;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes records of one table in JDBC batches on the caller's connection (and transaction), replacing any stored row
 * with the same natural key; a row the database rejects is reported with the file line it came from. The records are
 * held in runs and each run is written in the order of the natural key: H2 then adds to its primary key's index page
 * by page instead of at random (2.4 M listings in a stand-alone measurement: 90 s in file order, 18 s in sorted runs
 * of a million). A full run is written on a thread of the writer's own while the caller holds the next. Into a table
 * that held no row when the writer was opened the rows are inserted, which spares H2 a look-up of each key (a fifth of
 * the writing of 2.45 M listings); a row the insert refuses, such as a key an earlier run wrote, is merged instead. On
 * H2 a statement writes a hundred rows.
 */
public final class BatchWriter<T> implements BulkWriter<T> {

    /** Rows per batch. */
    public static final int BATCH_SIZE = 5_000;

    /**
     * Rows in one statement of a batch: H2 then starts a statement (its savepoint, locks and checks) once per hundred
     * rows instead of once per row (2.45 M listings, stand-alone: written in 10.0-11.0 s instead of 11.6-12.6 s).
     */
    static final int ROWS_PER_STATEMENT = 100;

    /** Records sorted and written together, a few hundred megabytes of a big file's records at most. */
    private static final int RUN_SIZE = 1_000_000;

    private final BulkTable<T> table;
    private final int runSize;
    private final int rowsPerStatement;
    private final PreparedStatement upsert;
    private final PreparedStatement writeOne;
    private final PreparedStatement writeMany;
    private List<Held<T>> run = new ArrayList<>();
    private ExecutorService background;
    private Future<?> writing = CompletableFuture.completedFuture(null);
    private final Comparator<Held<T>> keyOrder = Comparator.comparing(Held::key);
    @SuppressWarnings("unchecked")
    private final Held<T>[] batch = new Held[BATCH_SIZE];
    private int pending;

    /** Prepares the statements on the connection. */
    public BatchWriter(Connection connection, BulkTable<T> table) throws SQLException {
        this(connection, table, RUN_SIZE);
    }

    /** Prepares the statements on the connection, for runs of the given number of records. */
    BatchWriter(Connection connection, BulkTable<T> table, int runSize) throws SQLException {
        this.table = table;
        this.runSize = runSize;
        boolean postgres = Jdbc.isPostgres(connection);
        this.rowsPerStatement = postgres ? 1 : ROWS_PER_STATEMENT;
        this.upsert = connection.prepareStatement(table.upsertSql(postgres));
        boolean insert = !postgres && !holdsRows(connection, table);
        this.writeOne = insert ? connection.prepareStatement(table.insertSql(1)) : upsert;
        this.writeMany = postgres ? upsert : connection.prepareStatement(
                insert ? table.insertSql(ROWS_PER_STATEMENT) : table.mergeSql(ROWS_PER_STATEMENT));
    }

    /**
     * Whether the table has a row; PostgreSQL's batches stop at a refused row, and its upsert refuses a statement that
     * would change a row twice, so only H2, which carries on and marks it, gets inserts and statements of many rows.
     */
    private static boolean holdsRows(Connection connection, BulkTable<?> table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select exists (select 1 from " + table.name() + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    @Override
    public boolean intoEmptyTable() {
        return false;
    }

    /**
     * Holds a record read from the given file line; a full run is written on a thread of the writer's own while the
     * next run is held, once the run before it is written (H2, 2.45 M listings: the file's reading and checking
     * otherwise waited for each run's writing).
     */
    @Override
    public void add(T row, long line) throws SQLException {
        run.add(new Held<>(table.key(row), row, line));
        if (run.size() == runSize) {
            awaitWriting();
            List<Held<T>> full = run;
            run = new ArrayList<>();
            writing = background().submit(() -> {
                writeRun(full);
                return null;
            });
        }
    }

    private ExecutorService background() {
        if (background == null) {
            background = Executors.newSingleThreadExecutor(
                    Thread.ofPlatform().name("vardval-write-" + table.name()).daemon().factory());
        }
        return background;
    }

    /** Waits for the run being written, throwing what its writing threw. */
    private void awaitWriting() throws SQLException {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("the writing of " + table.name() + " was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Writes the held records in the order of their natural key (a stable sort: repeated keys keep file order; in
     * parallel where the common pool has more than one thread).
     */
    private void writeRun(List<Held<T>> held) throws SQLException {
        @SuppressWarnings("unchecked")
        Held<T>[] sorted = held.toArray(new Held[0]);
        Arrays.parallelSort(sorted, keyOrder);
        for (Held<T> record : sorted) {
            batch[pending++] = record;
            if (pending == BATCH_SIZE) {
                flush();
            }
        }
        flush();
    }

    /** Sends the queued records, a statement's rows at a time and those left over one by one. */
    private void flush() throws SQLException {
        int whole = pending - pending % rowsPerStatement;
        send(writeMany, 0, whole, rowsPerStatement);
        send(writeOne, whole, pending, 1);
        Arrays.fill(batch, 0, pending, null);
        pending = 0;
    }

    /**
     * Sends the queued records from {@code from} to {@code to} as statements of {@code rows} rows each; a record a
     * merge of its own refuses is reported at its line.
     */
    private void send(PreparedStatement statement, int from, int to, int rows) throws SQLException {
        if (from == to) {
            return;
        }
        for (int i = from; i < to; i++) {
            table.bind(statement, (i - from) % rows, batch[i].row());
            if ((i - from) % rows == rows - 1) {
                statement.addBatch();
            }
        }
        try {
            statement.executeBatch();
        } catch (BatchUpdateException e) {
            if (statement == upsert) {
                throw new RejectedRowException(batch[from + failedIndex(e.getUpdateCounts(), to - from)].line(), e);
            }
            mergeRefused(e.getUpdateCounts(), from, to, rows);
        }
    }

    /**
     * Merges one by one the records of the statements the database refused (or, had it stopped, did not reach): an
     * insert refused for a key stored before, a statement of many rows refused for one of them; a record the merge
     * refuses too is reported at its line.
     */
    private void mergeRefused(int[] counts, int from, int to, int rows) throws SQLException {
        List<Held<T>> refused = new ArrayList<>();
        for (int i = from; i < to; i++) {
            int statement = (i - from) / rows;
            if (statement >= counts.length || counts[statement] == Statement.EXECUTE_FAILED) {
                table.bind(upsert, batch[i].row());
                upsert.addBatch();
                refused.add(batch[i]);
            }
        }
        try {
            upsert.executeBatch();
        } catch (BatchUpdateException e) {
            throw new RejectedRowException(refused.get(failedIndex(e.getUpdateCounts(), refused.size())).line(), e);
        }
    }

    private static int failedIndex(int[] counts, int sent) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == Statement.EXECUTE_FAILED) {
                return i;
            }
        }
        return Math.min(counts.length, sent - 1);
    }

    /** Writes the last run, once the run before it is written. */
    @Override
    public void finish() throws SQLException {
        awaitWriting();
        writeRun(run);
        run.clear();
    }

    @Override
    public void close() throws SQLException {
        try {
            awaitAbandoned();
        } finally {
            if (background != null) {
                background.shutdown();
            }
            run.clear();
            upsert.close();
            writeOne.close();
            writeMany.close();
        }
    }

    /** Waits for a run still being written, whose records (and failure) are abandoned with the transaction. */
    private void awaitAbandoned() {
        try {
            writing.get();
        } catch (ExecutionException abandoned) {
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A record waiting in the run, with its natural key and file line. */
    private record Held<T>(SortKey key, T row, long line) {
    }

    /** A row the database refused, with the file line it came from. */
    public static final class RejectedRowException extends SQLException {

        private static final long serialVersionUID = 1L;
        private final long line;

        RejectedRowException(long line, SQLException cause) {
            super(reason(cause), cause.getSQLState(), cause);
            this.line = line;
        }

        /** The file line of the refused row. */
        public long line() {
            return line;
        }

        private static String reason(SQLException e) {
            SQLException next = e.getNextException();
            return next != null ? next.getMessage() : e.getMessage();
        }
    }
}
