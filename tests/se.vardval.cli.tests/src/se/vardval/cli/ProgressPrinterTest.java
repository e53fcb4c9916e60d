package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.store.ImportService.Progress;

/** Import progress: one overwritten line at a terminal, a line per quarter of a big file in a scheduled job's log. */
class ProgressPrinterTest {

    private static final long BYTES = 1_000_000;

    @Test
    void aLogGetsALineAtTheFirstHundredThousandRowsAndEachQuarterOfABigFile() {
        StringWriter log = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(log), false);

        reportEveryTenThousandRows(printer, "listings.csv", 400_000);
        printer.show(new Progress("providers.csv", 5, 100, 100));
        printer.done();

        assertEquals(List.of("listings.csv: 100\u00a0000 rader (25 %)", "listings.csv: 200\u00a0000 rader (50 %)",
                "listings.csv: 300\u00a0000 rader (75 %)", "listings.csv: 400\u00a0000 rader (100 %)"),
                log.toString().lines().toList(), "no carriage return, nothing for a small file");
    }

    @Test
    void aTerminalGetsOneLineThatEachReportOverwrites() {
        StringWriter screen = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(screen), true);

        reportEveryTenThousandRows(printer, "persons.csv", 200_000);
        printer.done();

        assertEquals("\rpersons.csv: 10\u00a0000 rader (5 %)   \rpersons.csv: 100\u00a0000 rader (50 %)   "
                + "\rpersons.csv: 200\u00a0000 rader (100 %)   " + System.lineSeparator(), screen.toString());
    }

    private static void reportEveryTenThousandRows(ProgressPrinter printer, String file, long rows) {
        for (long done = 10_000; done <= rows; done += 10_000) {
            printer.show(new Progress(file, done, BYTES * done / rows, BYTES));
        }
    }
}
