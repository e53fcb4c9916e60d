package se.vardval.cli;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.service.UserError;
import se.vardval.core.store.RunInputChanges;

/** A subcommand that works with the services; created by the command factory with them. */
abstract class ServiceCommand implements Callable<Integer> {

    protected final CliServices services;

    @Spec
    CommandSpec spec;

    ServiceCommand(CliServices services) {
        this.services = services;
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** A new password for a user from the command line's password source. */
    protected char[] newPassword(String name) {
        char[] password = services.passwords().newPassword(name);
        if (password == null) {
            throw new UserError("inget nytt lösenord för " + name
                    + ": sätt VARDVAL_NEW_PASSWORD eller kör i en terminal");
        }
        return password;
    }

    /** Prints, under the heading, what changed in the run's inputs after it was calculated; nothing when nothing did. */
    protected void printInputChanges(PaymentRun run, String heading) {
        RunCommand.printWarnings(new RunInputChanges(ZoneId.systemDefault()).warnings(services.audit(), run), heading,
                out());
    }

    /** Refuses a {@code --limit} on the rows printed that would print none. */
    protected static void checkLimit(int limit) {
        if (limit < 1) {
            throw new UserError("--limit måste vara minst 1, inte " + limit);
        }
    }

    protected String user() {
        CommandSpec root = spec.root();
        return ((VardvalCommand) root.userObject()).user();
    }
}
