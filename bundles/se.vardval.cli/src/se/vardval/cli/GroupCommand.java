package se.vardval.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups subcommands; run without one, it is wrong usage naming the subcommands. */
abstract class GroupCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "ange ett av kommandona "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
