package se.vardval.annual.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;

import se.vardval.annual.ui.internal.RulebookFileReader.Accepted;
import se.vardval.annual.ui.internal.RulebookFileReader.NotARulebook;
import se.vardval.annual.ui.internal.RulebookFileReader.OtherCareChoice;
import se.vardval.annual.ui.internal.RulebookFileReader.Rejected;
import se.vardval.annual.ui.internal.RulebookFileReader.Unreadable;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.service.RulebookService;

/**
 * Rulebook JSON files added to a vårdval's scenarios beside the plugins' proposals, each named after its file and
 * remembered in the part's persisted state, so that the view offers them again when it is opened anew.
 */
final class ScenarioFiles {

    /** The persisted state holding the files' paths, one per line. */
    static final String KEY = "scenario.files";

    private final MPart part;
    private final String careChoice;
    private final RulebookFileReader reader;
    private final Messages messages;
    private final StatusLine status;

    ScenarioFiles(MPart part, String careChoice, RulebookService rulebooks, Messages messages, StatusLine status) {
        this.part = part;
        this.careChoice = careChoice;
        this.reader = new RulebookFileReader(careChoice, rulebooks);
        this.messages = messages;
        this.status = status;
    }

    /** The files remembered earlier that can still be read, each as a choice; those that cannot are forgotten. */
    List<RulebookChoice> remembered() {
        List<RulebookChoice> choices = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String path : paths()) {
            read(Path.of(path)).ifPresent(choice -> {
                choices.add(choice);
                kept.add(path);
            });
        }
        part.getPersistedState().put(KEY, String.join("\n", kept));
        return choices;
    }

    /** The rulebook of this vårdval in the file, remembered, or nothing when it was refused (the status says why). */
    Optional<RulebookChoice> add(Path file) {
        Optional<RulebookChoice> choice = read(file);
        choice.ifPresent(c -> {
            String path = file.toAbsolutePath().toString();
            List<String> paths = new ArrayList<>(paths().stream().filter(p -> !p.equals(path)).toList());
            paths.add(path);
            part.getPersistedState().put(KEY, String.join("\n", paths));
            status.info(NLS.bind(messages.fileAdded, c.name()));
        });
        return choice;
    }

    private List<String> paths() {
        return part.getPersistedState().getOrDefault(KEY, "").lines().filter(p -> !p.isBlank()).toList();
    }

    /** The file's rulebook as a choice named after the file, if it is a valid rulebook of this vårdval. */
    private Optional<RulebookChoice> read(Path file) {
        String name = file.getFileName().toString();
        return switch (reader.read(file)) {
            case Accepted accepted -> Optional.of(new RulebookChoice(name, NLS.bind(messages.fileLabel, name,
                    accepted.rulebook().year()), accepted.rulebook()));
            case Rejected rejected -> refuse(name, NLS.bind(messages.fileInvalid,
                    String.join("; ", rejected.problems().stream().map(ParameterProblem::toString).toList())));
            case OtherCareChoice other -> refuse(name, NLS.bind(messages.fileOtherCareChoice, other.careChoice(),
                    careChoice));
            case NotARulebook notARulebook -> refuse(name, StatusLine.reason(notARulebook.cause()));
            case Unreadable unreadable -> refuse(name, messages.fileUnreadable);
        };
    }

    private Optional<RulebookChoice> refuse(String name, String reason) {
        status.error(NLS.bind(messages.fileRefused, name, reason));
        return Optional.empty();
    }
}
