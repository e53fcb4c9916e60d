package se.vardval.imports.internal;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import se.vardval.imports.ImportSink;

/**
 * The second half of reading a file, on a thread of its own: checks each parsed row against the rows before it
 * ({@link RowParser#isNew}), records the keys it defines and hands it to the sink until the first row with an error,
 * found by either half. The rows come in file order, the bad ones too, so the sink gets the same rows as when one
 * thread reads the file. The reading thread meanwhile decodes and parses the next rows; on a big file the two halves
 * take about as long, and the sink (a database load) works on the checking thread. The rows a parser holds back for
 * the whole file are checked after the last one and handed on then ({@link RowParser#checkHeld}). A failure of the
 * checks or of the sink ends the stage and is thrown to the reading thread.
 */
final class CheckingStage<T> implements AutoCloseable {

    private static final int BATCH = 2048;
    private static final int BATCHES_AHEAD = 8;

    private final RowParser<T> parser;
    private final ImportSink sink;
    private final BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread thread;
    private Batch<T> filling = new Batch<>();
    private volatile Throwable failure;
    private boolean closed;
    private boolean errorSeen;

    /** Starts the checking thread; the rows report their errors to a list both threads add to. */
    CheckingStage(String file, RowParser<T> parser, ImportSink sink) {
        this.parser = parser;
        this.sink = sink;
        this.thread = Thread.ofPlatform().name("vardval-import-" + file).daemon().start(this::checkAll);
    }

    /** Queues a row, parsed unless it has an error already (then null); throws what ended the checking thread. */
    void add(T parsed, Row row) {
        throwIfFailed();
        filling.add(parsed, row);
        if (filling.isFull()) {
            put(filling);
            filling = new Batch<>();
        }
    }

    /** Checks the queued rows and waits for the thread; throws what ended it early. */
    void finish() {
        close();
        throwIfFailed();
    }

    /** Ends the thread after the rows queued so far, waiting for it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        put(filling);
        put(Batch.end());
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Batch<T> batch) {
        try {
            queue.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
    }

    private void throwIfFailed() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
    }

    private void checkAll() {
        try {
            for (Batch<T> batch = queue.take(); !batch.isEnd(); batch = queue.take()) {
                if (failure == null) {
                    checkSafely(batch);
                }
            }
            checkHeldSafely();
        } catch (InterruptedException e) {
            failure = new IllegalStateException("the import's checking thread was interrupted", e);
        }
    }

    private void checkSafely(Batch<T> batch) {
        try {
            parser.readAhead(Arrays.asList(batch.parsed).subList(0, batch.size));
            for (int i = 0; i < batch.size; i++) {
                check(batch.parsed[i], batch.rows[i]);
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void checkHeldSafely() {
        if (failure != null) {
            return;
        }
        try {
            parser.checkHeld(this::checked);
        } catch (RuntimeException | Error e) {
            failure = e;
        }
    }

    private void check(T parsed, Row row) {
        checked(parsed, row, !row.hasErrors() && parser.isNew(parsed, row));
    }

    private void checked(T parsed, Row row, boolean isNew) {
        if (!row.hasErrors() && isNew) {
            parser.define(parsed);
            if (!errorSeen) {
                parser.deliver(parsed, row.line(), sink);
            }
        }
        errorSeen |= row.hasErrors();
    }

    /** Up to {@link #BATCH} parsed rows; a batch of no capacity marks the end. */
    private static final class Batch<T> {

        private final T[] parsed;
        private final Row[] rows;
        private int size;

        @SuppressWarnings("unchecked")
        private Batch(int capacity) {
            this.parsed = (T[]) new Object[capacity];
            this.rows = new Row[capacity];
        }

        Batch() {
            this(BATCH);
        }

        static <T> Batch<T> end() {
            return new Batch<>(0);
        }

        boolean isEnd() {
            return parsed.length == 0;
        }

        boolean isFull() {
            return size == parsed.length;
        }

        void add(T value, Row row) {
            parsed[size] = value;
            rows[size] = row;
            size++;
        }
    }
}
