package se.vardval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code vardval} command with the global options. */
@Command(name = "vardval", mixinStandardHelpOptions = true, version = "Vårdval Workbench 0.1.0",
        description = "Administers the region's care-choice systems (vårdval): imports, rulebooks, monthly payment runs.",
        subcommands = { InitDemoCommand.class, CareChoiceCommand.class, ImportCommand.class, RulebookCommand.class, RunCommand.class,
                ApproveCommand.class, ScenarioCommand.class, DeficitCommand.class, ExportCommand.class, AccountsCommand.class, AuditCommand.class, ExplainCommand.class, RejectionsCommand.class, IndicatorsCommand.class, TrendCommand.class, PublishCommand.class, ModelsCommand.class, ToolsCommand.class, ToolCommand.class,
                BenchmarkCommand.class, UserCommand.class })
public class VardvalCommand {

    @Option(names = "--db", paramLabel = "<path or jdbc url>", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Database: a directory for the embedded database, or a jdbc:postgresql:// URL "
                    + "(user and password from VARDVAL_DB_USER and VARDVAL_DB_PASSWORD). Default: ${sys:vardval.db:-~/.vardval/db}")
    String database;

    @Option(names = "--user", paramLabel = "<name>", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Who is acting: a user of the database. A shared PostgreSQL database needs it and a password"
                    + " (VARDVAL_PASSWORD, else asked); the embedded database asks none and defaults to demo.")
    String user;

    /** The logged-in user, set before the command runs. */
    String actingUser;

    String user() {
        return actingUser;
    }
}
