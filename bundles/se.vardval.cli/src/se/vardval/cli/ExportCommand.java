package se.vardval.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.service.PaymentExports;

/** Writes a run's payment specification, workbook, rejected items, ersättningsbesked or finance file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Skriver en körnings filer: csv, utbetalningsspecifikationen "
                + "(payments-<vårdval>-<period>.csv); xlsx, en arbetsbok med en sammanställning, ett blad per "
                + "vårdgivare och ett med de avvisade posterna; rejections, alla vårdgivares avvisade poster med "
                + "orsak (rejections-<vårdval>-<period>.csv); pdf, ett ersättningsbesked per vårdgivare med dess egna "
                + "avvisade poster (bara attesterade körningar); sie4, verifikationen till ekonomisystemet (bara "
                + "attesterade körningar; körningen blir exporterad)." })
class ExportCommand extends ServiceCommand {

    /** The export formats as typed on the command line. */
    enum Format {
        csv, xlsx, rejections, pdf, sie4
    }

    @Parameters(paramLabel = "<körning|latest>", description = "Körningens id, eller latest för den senaste.")
    String runId;

    @Option(names = "--format", defaultValue = "csv",
            description = "Format: ${COMPLETION-CANDIDATES} (standard: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "<file|dir>",
            description = "Filen, eller katalogen som filerna skrivs till under sina vanliga namn (pdf: alltid en "
                    + "katalog). Standard: den aktuella katalogen.")
    Path target;

    ExportCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        long id = RunReference.resolve(runId, services.runs()).id();
        List<Path> written = services.exports().export(id, PaymentExports.Format.valueOf(format.name().toUpperCase()),
                target, user());
        written.forEach(file -> out().println("skrev " + file));
        return 0;
    }
}
