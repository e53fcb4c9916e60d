package se.vardval.persistence.internal.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Reads and maps the rows of one query on a thread of its own, a fetch's worth at a time and a few fetches ahead of
 * the caller, so that the database producing rows, their mapping and the caller's work on the rows before them
 * overlap. Closing it early stops the reader.
 */
final class RowPrefetch<T> implements AutoCloseable {

    private static final int BATCHES_AHEAD = 4;
    private static final Object END = new Object();

    private final BlockingQueue<Object> batches = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread reader;
    private volatile boolean closed;
    private List<T> filling = new ArrayList<>(Jdbc.FETCH_SIZE);

    /** A failure of the reader, handed to the caller. */
    private record Failure(RuntimeException exception) {
    }

    /** Ends the reading once the caller has closed the prefetch. */
    private static final class Stopped extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }

    private RowPrefetch(DataSource dataSource, String sql, Streams.Binder binder, Jdbc.RowMapper<T> mapper) {
        this.reader = Thread.ofPlatform().name("vardval-row-reader").daemon()
                .unstarted(() -> readAll(dataSource, sql, binder, mapper));
    }

    /** Starts reading the query's rows. */
    static <T> RowPrefetch<T> start(DataSource dataSource, String sql, Streams.Binder binder,
            Jdbc.RowMapper<T> mapper) {
        RowPrefetch<T> prefetch = new RowPrefetch<>(dataSource, sql, binder, mapper);
        prefetch.reader.start();
        return prefetch;
    }

    /** The next mapped rows in the query's order, or null after the last; throws what the reader met. */
    @SuppressWarnings("unchecked")
    List<T> next() {
        Object batch;
        try {
            batch = batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the database", e);
        }
        if (batch == END) {
            batches.offer(END);
            return null;
        }
        if (batch instanceof Failure failure) {
            throw failure.exception();
        }
        return (List<T>) batch;
    }

    @Override
    public void close() {
        closed = true;
        batches.clear();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void readAll(DataSource dataSource, String sql, Streams.Binder binder, Jdbc.RowMapper<T> mapper) {
        Object last;
        try {
            Streams.read(dataSource, sql, binder, mapper, this::add);
            last = hand(filling) ? END : null;
        } catch (Stopped e) {
            last = null;
        } catch (SQLException e) {
            last = new Failure(Jdbc.failure("read the database", e));
        } catch (RuntimeException e) {
            last = new Failure(e);
        } catch (Error e) {
            last = new Failure(new IllegalStateException("reading the database failed: " + e, e));
        }
        if (last != null) {
            hand(last);
        }
    }

    private void add(T row) {
        filling.add(row);
        if (filling.size() == Jdbc.FETCH_SIZE) {
            if (!hand(filling)) {
                throw new Stopped();
            }
            filling = new ArrayList<>(Jdbc.FETCH_SIZE);
        }
    }

    /** Queues a batch, the end or a failure for the caller, waiting while it is behind; false once it has closed. */
    private boolean hand(Object item) {
        try {
            while (!closed) {
                if (batches.offer(item, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }
}
