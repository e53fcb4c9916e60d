package se.vardval.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ImportService.FileResult;

/** Imports a directory (or one file) of the data-formats CSV files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Importerar en katalogs CSV-filer i beroendeordning, eller en fil. En fil med en felaktig rad "
                + "avvisas i sin helhet och varje felaktig rad listas som fil:rad: kolumn: orsak. En katalog med en "
                + "CSV-fil som importen inte känner avvisas.")
class ImportCommand extends ServiceCommand {

    private static final int MIN_NAME_WIDTH = 20;

    @Parameters(paramLabel = "<katalog eller fil>",
            description = "En katalog med providers.csv, units.csv, ... (även med ändelse, t.ex. "
                    + "listings-2020-03.csv) eller en fil.")
    Path source;

    ImportCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        if (!Files.exists(source)) {
            throw new UserError("filen eller katalogen finns inte: " + source);
        }
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), Terminal.interactive());
        List<FileResult> results = Files.isDirectory(source)
                ? services.imports().importDirectory(source, user(), progress::show)
                : List.of(services.imports().importFile(source, user(), progress::show));
        progress.done();
        if (results.isEmpty()) {
            throw new UserError("det finns inga CSV-filer att importera i " + source);
        }
        String name = "%-" + nameWidth(results) + "s ";
        boolean rejected = false;
        for (FileResult result : results) {
            if (result.accepted()) {
                out().printf(name + "%12s %s%n", result.file(), SwedishNumbers.count(result.rows()),
                        result.rows() == 1 ? "rad importerad" : "rader importerade");
            } else {
                rejected = true;
                out().printf(name + "avvisad, inget importerat%s:%n", result.file(), counts(result));
                result.errors().forEach(error -> out().println("  " + error));
            }
        }
        return rejected ? 1 : 0;
    }

    /** The width of the file name column: 20, or the longest name's, so that the counts stay in one column. */
    private static int nameWidth(List<FileResult> results) {
        return results.stream().mapToInt(result -> result.file().length()).reduce(MIN_NAME_WIDTH, Math::max);
    }

    /** The bad rows and errors of a rejected file, e.g. " (2 felaktiga rader, 3 fel)"; none for a file refused whole. */
    private static String counts(FileResult result) {
        return result.badRows() == 0 ? ""
                : " (" + SwedishNumbers.count(result.badRows(), "felaktig rad", "felaktiga rader") + ", "
                        + SwedishNumbers.count(result.errors().size(), "fel", "fel") + ")";
    }
}
