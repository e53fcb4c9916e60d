package se.vardval.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** Resolves a rulebook argument: a year (the vårdval's stored rulebook), a plugin's proposal name, or a JSON file. */
final class RulebookSource {

    private RulebookSource() {
    }

    static Rulebook resolve(CliServices services, String careChoice, String reference) {
        if (reference.matches("\\d{4}")) {
            return services.rulebooks().readJson(services.rulebooks().exportJson(careChoice,
                    Integer.parseInt(reference)));
        }
        Rulebook proposal = services.scenarios().proposals(careChoice).get(reference);
        if (proposal != null) {
            return proposal;
        }
        Path file = Path.of(reference);
        if (!Files.exists(file)) {
            throw new UserError("'" + reference + "' är varken ett år, ett förslag för " + careChoice + " ("
                    + String.join(", ", services.scenarios().proposals(careChoice).keySet()) + ") eller en fil");
        }
        return services.rulebooks().readJson(CliFiles.readText(file));
    }
}
