package se.vardval.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** Resolves a rulebook argument: a year (the vårdval's stored rulebook), a plugin's proposal name, or a JSON file. */
final class RulebookSource {

    private RulebookSource() {
    }

    static Rulebook resolve(CliServices services, String careChoice, String reference) throws IOException {
        if (reference.matches("\\d{4}")) {
            return services.rulebooks().readJson(services.rulebooks().exportJson(careChoice,
                    Integer.parseInt(reference)));
        }
        Rulebook proposal = services.scenarios().proposals(careChoice).get(reference);
        if (proposal != null) {
            return proposal;
        }
        try {
            return services.rulebooks().readJson(Files.readString(Path.of(reference), StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new UserError("'" + reference + "' är varken ett år, ett förslag för " + careChoice + " ("
                    + String.join(", ", services.scenarios().proposals(careChoice).keySet()) + ") eller en fil");
        }
    }
}
