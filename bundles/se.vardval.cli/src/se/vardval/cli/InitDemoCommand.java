package se.vardval.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.service.DemoRegion.Summary;

/** Builds the demo region in the database. */
@Command(name = "init-demo", mixinStandardHelpOptions = true,
        description = "Builds the demo region (like Jämtland Härjedalen) in the database: generated persons, units, "
                + "listings and activity, and every installed plugin's demo vårdval and rulebooks.")
class InitDemoCommand extends ServiceCommand {

    @Option(names = "--persons", defaultValue = "130000", description = "Persons to generate (default ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--seed", defaultValue = "2020", description = "Seed of the generator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--files", paramLabel = "<dir>", description = "Keep the generated CSV files in this directory.")
    Path files;

    InitDemoCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        Path directory = files != null ? Files.createDirectories(files) : Files.createTempDirectory("vardval-demo");
        Summary summary = services.demo().load(directory, persons, seed, user(), message -> out().println(message));
        out().printf("demo region ready: %,d persons, %,d listings, %,d activities, %d vårdval, %d rulebooks%n",
                summary.persons(), summary.listings(), summary.activities(), summary.careChoices(),
                summary.rulebooks());
        return 0;
    }
}
