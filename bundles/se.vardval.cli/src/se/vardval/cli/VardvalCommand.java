package se.vardval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code vardval} command with the global options. */
@Command(name = "vardval", mixinStandardHelpOptions = true, version = "Vårdval Workbench 0.1.0",
        description = "Administrerar regionens vårdval: import, förfrågningsunderlag och månadens utbetalningar.",
        subcommands = { InitDemoCommand.class, RegionCommand.class, CareChoiceCommand.class, ImportCommand.class, RulebookCommand.class, RunCommand.class,
                ApproveCommand.class, ScenarioCommand.class, DeficitCommand.class, ExportCommand.class, AccountsCommand.class, AuditCommand.class, ExplainCommand.class, RejectionsCommand.class, IndicatorsCommand.class, TrendCommand.class, PublishCommand.class, ModelsCommand.class, ToolsCommand.class, ToolCommand.class,
                BenchmarkCommand.class, UserCommand.class })
public class VardvalCommand {

    @Option(names = "--db", paramLabel = "<katalog eller jdbc-url>", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Databasen: en katalog för den inbäddade databasen eller en jdbc:postgresql://-URL "
                    + "(användare och lösenord ur VARDVAL_DB_USER och VARDVAL_DB_PASSWORD). "
                    + "Standard: ${sys:vardval.db:-~/.vardval/db}")
    String database;

    @Option(names = "--user", paramLabel = "<namn>", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Vem som utför kommandot: en användare i databasen. En delad PostgreSQL-databas kräver den"
                    + " och ett lösenord (VARDVAL_PASSWORD, annars frågas det); den inbäddade databasen frågar inte"
                    + " och använder demo som standard.")
    String user;

    /** The logged-in user, set before the command runs. */
    String actingUser;

    String user() {
        return actingUser;
    }
}
