package se.vardval.annual.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RulebookService;

/**
 * Reads a rulebook JSON file offered to one vårdval and judges it: unreadable, no rulebook, another vårdval's, one its
 * model rejects, or one to use; the views word each verdict their own way.
 */
final class RulebookFileReader {

    /** What a file turned out to be. */
    sealed interface Verdict permits Unreadable, NotARulebook, OtherCareChoice, Rejected, Accepted {
    }

    /** The file could not be read. */
    record Unreadable(IOException cause) implements Verdict {
    }

    /** The file's text is no rulebook, or checking it failed. */
    record NotARulebook(RuntimeException cause) implements Verdict {
    }

    /** A rulebook of another vårdval. */
    record OtherCareChoice(String careChoice) implements Verdict {
    }

    /** A rulebook of the vårdval that its model rejects, with every problem. */
    record Rejected(Rulebook rulebook, List<ParameterProblem> problems) implements Verdict {
    }

    /** A rulebook of the vårdval that its model accepts, with the file's text. */
    record Accepted(Rulebook rulebook, String json) implements Verdict {
    }

    private final String careChoice;
    private final RulebookService rulebooks;

    RulebookFileReader(String careChoice, RulebookService rulebooks) {
        this.careChoice = careChoice;
        this.rulebooks = rulebooks;
    }

    /** Reads the file as UTF-8 and checks it through the rulebook service, storing nothing. */
    Verdict read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return new Unreadable(e);
        }
        try {
            Rulebook rulebook = rulebooks.readJson(json);
            if (!careChoice.equals(rulebook.careChoice())) {
                return new OtherCareChoice(rulebook.careChoice());
            }
            List<ParameterProblem> problems = rulebooks.validate(rulebook);
            return problems.isEmpty() ? new Accepted(rulebook, json) : new Rejected(rulebook, problems);
        } catch (RuntimeException e) {
            return new NotARulebook(e);
        }
    }
}
