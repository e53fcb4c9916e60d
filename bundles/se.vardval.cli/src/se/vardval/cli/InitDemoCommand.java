package se.vardval.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.service.DemoRegion.Summary;

/** Builds the demo region in the database. */
@Command(name = "init-demo", mixinStandardHelpOptions = true,
        description = "Bygger demoregionen (lik Jämtland Härjedalen) i databasen: genererade personer, enheter, "
                + "listningar och vårdkontakter, och varje installerad insticksmoduls demovårdval och "
                + "förfrågningsunderlag.")
class InitDemoCommand extends ServiceCommand {

    @Option(names = "--persons", defaultValue = "130000",
            description = "Antal personer att generera (standard ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--seed", defaultValue = "2020", description = "Generatorns frö (standard ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--files", paramLabel = "<katalog>", description = "Spara de genererade CSV-filerna i katalogen.")
    Path files;

    InitDemoCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        Summary summary = files != null ? load(CliFiles.createDirectories(files))
                : GeneratedFiles.inTemporaryDirectory("vardval-demo", this::load);
        out().printf("demoregionen är klar: %s personer, %s listningar, %s vårdkontakter, %d vårdval, "
                + "%d förfrågningsunderlag%n", SwedishNumbers.count(summary.persons()),
                SwedishNumbers.count(summary.listings()), SwedishNumbers.count(summary.activities()),
                summary.careChoices(), summary.rulebooks());
        return 0;
    }

    private Summary load(Path directory) {
        return services.demo().load(directory, persons, seed, user(), message -> out().println(message));
    }
}
