package se.vardval.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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

    protected String user() {
        CommandSpec root = spec.root();
        return ((VardvalCommand) root.userObject()).user();
    }
}
