package se.vardval.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.service.PaymentExports;

/** Writes a run's payment specification, workbook, rejected items, ersättningsbesked or finance file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Writes a run's outputs: csv, the payment specification (payments-<vårdval>-<period>.csv); "
                + "xlsx, a workbook with a summary, a sheet per provider and one of the rejected items; rejections, "
                + "the rejected items of every provider with their reasons (rejections-<vårdval>-<period>.csv); pdf, "
                + "one ersättningsbesked per provider with its own rejected items (approved runs only); sie4, the "
                + "voucher for the finance system (approved runs only; the run becomes EXPORTED)." })
class ExportCommand extends ServiceCommand {

    /** The export formats as typed on the command line. */
    enum Format {
        csv, xlsx, rejections, pdf, sie4
    }

    @Parameters(paramLabel = "<run-id|latest>")
    String runId;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "<file|dir>",
            description = "Output file, or directory for the conventional names (pdf: always a directory). "
                    + "Default: the current directory.")
    Path target;

    ExportCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        long id = RunReference.resolve(runId, services.runs()).id();
        List<Path> written = services.exports().export(id, PaymentExports.Format.valueOf(format.name().toUpperCase()),
                target, user());
        written.forEach(file -> out().println("wrote " + file));
        return 0;
    }
}
