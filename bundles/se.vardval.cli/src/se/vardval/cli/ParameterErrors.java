package se.vardval.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports wrong usage in Swedish on one line, followed by a pointer to the command's {@code --help}, and returns the
 * command's exit code for invalid input (2).
 */
final class ParameterErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": " + reason(e, args));
        err.println("Se '" + name + " --help'.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String reason(ParameterException e, String[] args) {
        if (e instanceof UnmatchedArgumentException unmatched) {
            return unmatched(unmatched);
        }
        if (e instanceof MissingParameterException missing) {
            ArgGroupSpec group = missing.getMissing().isEmpty() ? null : missing.getMissing().get(0).group();
            if (group != null && group.exclusive() && missing.getMissing().stream().allMatch(a -> a.group() == group)) {
                return choice(group);
            }
            return "saknar " + missing.getMissing().stream().map(ParameterErrors::name)
                    .collect(Collectors.joining(", "));
        }
        if (e instanceof MutuallyExclusiveArgsException) {
            return e.getCommandLine().getCommandSpec().argGroups().stream()
                    .filter(g -> g.exclusive() && given(g, args) > 1).findFirst()
                    .map(g -> choice(g) + (g.args().size() == 2 ? ", inte båda" : ", bara ett")).orElse(e.getMessage());
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " får bara anges en gång";
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "ogiltigt värde '" + e.getValue() + "' för " + name(e.getArgSpec()) + allowed(e.getArgSpec())
                    + refusal(e);
        }
        return e.getMessage();
    }

    private static String unmatched(UnmatchedArgumentException e) {
        String argument = e.getUnmatched().get(0);
        String what = argument.startsWith("-") ? "okänt alternativ"
                : e.getCommandLine().getSubcommands().isEmpty() ? "oväntat argument" : "okänt kommando";
        List<String> suggestions = e.getSuggestions();
        return what + " '" + argument + "'" + (suggestions.isEmpty() ? "" : "; menade du " + suggestions.get(0) + "?");
    }

    /** The choice an exclusive group asks for, e.g. {@code ange antingen --from <år> eller --defaults}. */
    private static String choice(ArgGroupSpec group) {
        List<String> names = group.args().stream().map(ParameterErrors::name).toList();
        return names.size() == 2 ? "ange antingen " + names.get(0) + " eller " + names.get(1)
                : "ange ett av " + String.join(", ", names);
    }

    /** How many of the group's options the command line gives. */
    private static long given(ArgGroupSpec group, String[] args) {
        return group.options().stream().filter(option -> Arrays.stream(args).anyMatch(arg -> Arrays
                .stream(option.names()).anyMatch(n -> arg.equals(n) || arg.startsWith(n + "=")))).count();
    }

    /** An option by its longest name and value label, e.g. {@code --model <model type>}; a parameter by its label. */
    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName() + (option.arity().max() == 0 ? "" : " " + option.paramLabel());
        }
        return arg.paramLabel();
    }

    /** A converter's own reason for refusing the value, e.g. {@code ; ange ett tal ...}; picocli's are not shown. */
    private static String refusal(ParameterException e) {
        return e.getCause() instanceof Refusal refusal ? "; " + refusal.getMessage() : "";
    }

    private static String allowed(ArgSpec arg) {
        if (arg.completionCandidates() == null) {
            return "";
        }
        List<String> values = new ArrayList<>();
        arg.completionCandidates().forEach(values::add);
        return "; tillåtna värden: " + String.join(", ", values);
    }

    /** A converter's refusal of a value, with its reason in Swedish, which the wrong usage's line ends with. */
    static final class Refusal extends TypeConversionException {

        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason);
        }
    }
}
