package se.vardval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import se.vardval.core.service.UserError;

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

    protected String user() {
        CommandSpec root = spec.root();
        return ((VardvalCommand) root.userObject()).user();
    }
}
