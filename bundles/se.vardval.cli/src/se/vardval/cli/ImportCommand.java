package se.vardval.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.ImportService.Progress;

/** Imports a directory (or one file) of the data-formats CSV files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports the CSV files of a directory in dependency order, or one file. A file with a bad row "
                + "is rejected whole and every bad row is listed as file:line: column: reason.")
class ImportCommand extends ServiceCommand {

    @Parameters(paramLabel = "<dir or file>", description = "A directory of providers.csv, units.csv, ... or one file.")
    Path source;

    ImportCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        if (!Files.exists(source)) {
            throw new UserError("filen eller katalogen finns inte: " + source);
        }
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr());
        List<FileResult> results = Files.isDirectory(source)
                ? services.imports().importDirectory(source, user(), progress::show)
                : List.of(services.imports().importFile(source, user(), progress::show));
        progress.done();
        boolean rejected = false;
        for (FileResult result : results) {
            if (result.accepted()) {
                out().printf("%-20s %,12d rows imported%n", result.file(), result.rows());
            } else {
                rejected = true;
                out().printf("%-20s rejected, nothing imported (%d bad rows):%n", result.file(), result.errors().size());
                result.errors().forEach(error -> out().println("  " + error));
            }
        }
        return rejected ? 1 : 0;
    }

    /** Prints import progress on one line of the error stream, at most once per 100 000 rows. */
    private static final class ProgressPrinter {

        private final PrintWriter err;
        private long lastShown = -1;

        ProgressPrinter(PrintWriter err) {
            this.err = err;
        }

        void show(Progress progress) {
            long step = progress.rowsDone() / 100_000;
            if (step != lastShown) {
                lastShown = step;
                long percent = progress.bytesTotal() == 0 ? 100 : 100 * progress.bytesDone() / progress.bytesTotal();
                err.printf("\r%s: %,d rows (%d %%)   ", progress.file(), progress.rowsDone(), percent);
                err.flush();
            }
        }

        void done() {
            if (lastShown >= 0) {
                err.println();
            }
        }
    }
}
