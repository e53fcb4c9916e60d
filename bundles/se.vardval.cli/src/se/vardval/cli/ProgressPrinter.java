package se.vardval.cli;

import java.io.PrintWriter;

import se.vardval.core.store.ImportService.Progress;

/**
 * Prints import progress on the error stream at most once per 100 000 rows: at a terminal on one line that each
 * report overwrites; into a file or pipe (a scheduled job's log) as a line of its own at each quarter of a file.
 */
final class ProgressPrinter {

    private static final long ROWS_PER_REPORT = 100_000;
    private static final int PERCENT_PER_LOGGED_LINE = 25;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastShown = -1;
    private String loggedFile;
    private long loggedQuarter = -1;

    /** Prints to {@code err}, overwriting one line when {@code terminal}. */
    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Reports the progress when it has passed the next 100 000 rows. */
    void show(Progress progress) {
        long step = progress.rowsDone() / ROWS_PER_REPORT;
        if (step == lastShown) {
            return;
        }
        lastShown = step;
        long percent = progress.bytesTotal() == 0 ? 100 : 100 * progress.bytesDone() / progress.bytesTotal();
        String line = String.format("%s: %s rader (%d %%)", progress.file(),
                SwedishNumbers.count(progress.rowsDone()), percent);
        if (terminal) {
            err.print("\r" + line + "   ");
        } else if (step > 0 && isNewQuarter(progress.file(), percent / PERCENT_PER_LOGGED_LINE)) {
            err.println(line);
        }
        err.flush();
    }

    private boolean isNewQuarter(String file, long quarter) {
        if (file.equals(loggedFile) && quarter == loggedQuarter) {
            return false;
        }
        loggedFile = file;
        loggedQuarter = quarter;
        return true;
    }

    /** Ends the overwritten line at a terminal. */
    void done() {
        if (terminal && lastShown >= 0) {
            err.println();
        }
    }
}
