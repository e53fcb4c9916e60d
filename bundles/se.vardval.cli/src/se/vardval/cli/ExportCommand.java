package se.vardval.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.service.UserError;
import se.vardval.engine.export.PaymentSpecificationCsv;

/** Writes a run's payment specification. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a run's payment specification (payments-<vårdval>-<period>.csv).")
class ExportCommand extends ServiceCommand {

    /** The export formats. */
    enum Format {
        csv
    }

    @Parameters(paramLabel = "<run-id|latest>")
    String runId;

    @Option(names = "--format", defaultValue = "csv", description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--out", paramLabel = "<file>",
            description = "Output file. Default: payments-<vårdval>-<period>.csv in the current directory.")
    Path outFile;

    ExportCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        PaymentRun run = RunReference.resolve(runId, services.runs());
        Path target = outFile != null ? outFile : Path.of(PaymentSpecificationCsv.fileName(run));
        try (Writer writer = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            new PaymentSpecificationCsv(services.masterData().units()).write(run, services.runs().lines(run.id()),
                    writer);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserError("cannot write " + target + ": no such directory");
        }
        out().println("wrote " + target);
        return 0;
    }
}
