package se.vardval.core.service;

import java.io.Serial;
import java.util.List;

import se.vardval.core.store.FileProblem;

/** A file refused for its problems, which the message lists one a line and {@link #problems()} gives one by one. */
public class RejectedFileError extends UserError {

    @Serial
    private static final long serialVersionUID = 1L;
    private final List<FileProblem> problems;

    /** The error with what was refused (e.g. {@code prices.csv avvisades; ... oförändrat}) and the file's problems. */
    public RejectedFileError(String refused, List<FileProblem> problems) {
        super(refused + ":\n  " + String.join("\n  ", problems.stream().map(FileProblem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order the message lists them. */
    public List<FileProblem> problems() {
        return problems;
    }
}
