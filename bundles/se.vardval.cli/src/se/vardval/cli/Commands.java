package se.vardval.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParseResult;
import se.vardval.annual.BudgetCalibration;
import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.RulebookYears;
import se.vardval.annual.Scenarios;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.Benchmark;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.ModelTools;
import se.vardval.core.service.PaymentExports;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.core.store.RunStore;
import se.vardval.followup.FollowUp;

/**
 * The {@code vardval} command line as a service: parses the arguments, runs the command and returns its exit code
 * (0 done, 1 refused with a one-line reason, 2 wrong usage, 3 internal error). The acting user logs in before any
 * command runs. A decimal number may be typed with a decimal comma or point ({@code --lpik 2,3}).
 */
@Component(service = Commands.class)
public class Commands {

    /** picocli's own usage texts in Swedish: headings and the standard help options. */
    private static final String USAGE_TEXTS = "se.vardval.cli.usage";

    final CliServices services;

    /** Created by DS with every service a command may need. */
    @Activate
    public Commands(@Reference ImportService imports, @Reference RulebookService rulebooks,
            @Reference PaymentRunService runner, @Reference RunStore runs, @Reference MasterDataStore masterData,
            @Reference ModelCatalog models, @Reference DemoRegion demo, @Reference Benchmark benchmark,
            @Reference PaymentExports exports, @Reference AuditLog audit, @Reference RulebookYears rulebookYears,
            @Reference Scenarios scenarios, @Reference DeficitCompensations deficits,
            @Reference FollowUp followUp, @Reference UserDirectory users,
            @Reference BudgetCalibration calibration, @Reference ComponentAccountStore accounts,
            @Reference ComponentNaming naming, @Reference ModelTools tools, @Reference RegionStore region) {
        this(new CliServices(imports, rulebooks, runner, runs, masterData, models, demo, benchmark, exports, audit,
                rulebookYears, scenarios, deficits, followUp, users, new TerminalPasswords(), calibration, accounts,
                naming, tools, region));
    }

    Commands(CliServices services) {
        this.services = services;
    }

    /** Runs one command line, writing to standard output and error. */
    public int execute(List<String> arguments) {
        return execute(arguments, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /**
     * Runs one command line with the given output and error writers, flushed before it returns: a command that prints
     * without a line break, as {@code rulebook export} does its JSON, would otherwise leave its end in the buffer.
     */
    public int execute(List<String> arguments, PrintWriter out, PrintWriter err) {
        VardvalCommand root = new VardvalCommand();
        CommandLine commandLine = new CommandLine(root, factory());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setResourceBundle(ResourceBundle.getBundle(USAGE_TEXTS, Locale.ROOT,
                Commands.class.getClassLoader()));
        commandLine.registerConverter(BigDecimal.class, new DecimalConverter());
        commandLine.setParameterExceptionHandler(new ParameterErrors());
        commandLine.setExecutionStrategy(parsed -> loggedIn(root, parsed));
        commandLine.setExecutionExceptionHandler(
                (e, cmd, parsed) -> failed(e, cmd.getCommandSpec().qualifiedName(), err));
        try {
            return commandLine.execute(arguments.toArray(String[]::new));
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Reports a command's failure: a {@link UserError} as its one-line reason (exit 1), anything else as an internal
     * error (exit 3) whose stack trace {@code VARDVAL_DEBUG} prints.
     */
    private static int failed(Exception e, String command, PrintWriter err) {
        if (e instanceof UserError) {
            err.println(command + ": " + e.getMessage());
            return 1;
        }
        boolean debug = System.getenv("VARDVAL_DEBUG") != null;
        err.println(command + ": internt fel: " + e
                + (debug ? "" : " (sätt VARDVAL_DEBUG=1 för att se stackspårningen)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return 3;
    }

    private int loggedIn(VardvalCommand root, ParseResult parsed) {
        Integer help = CommandLine.executeHelpRequest(parsed);
        if (help != null) {
            return help;
        }
        CommandLine leaf = parsed.asCommandLineList().get(parsed.asCommandLineList().size() - 1);
        try {
            root.actingUser = Login.actingUser(root.user, leaf.getCommand() instanceof UserCommand.Add,
                    services.users(), services.passwords());
        } catch (UserError e) {
            throw new CommandLine.ExecutionException(leaf, e.getMessage(), e);
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private IFactory factory() {
        IFactory defaults = CommandLine.defaultFactory();
        return new IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (ServiceCommand.class.isAssignableFrom(type)) {
                    return type.getDeclaredConstructor(CliServices.class).newInstance(services);
                }
                return defaults.create(type);
            }
        };
    }
}
