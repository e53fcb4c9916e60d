package se.vardval.ui.rulebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import se.vardval.core.service.RulebookService;
import se.vardval.ui.i18n.Messages;

/** A stored rulebook of any status written as its JSON document to a file, as the CLI's {@code rulebook export}. */
final class RulebookExport {

    private final RulebookService rulebooks;
    private final Messages messages;

    RulebookExport(RulebookService rulebooks, Messages messages) {
        this.rulebooks = rulebooks;
        this.messages = messages;
    }

    /** The file the user chooses to write, proposed as {@code <vårdval>-<år>.json}; null when cancelled. */
    static Path choose(Shell shell, String careChoice, int year) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.json" });
        dialog.setFileName(careChoice + "-" + year + ".json");
        dialog.setOverwrite(true);
        String file = dialog.open();
        return file == null ? null : Path.of(file);
    }

    /**
     * Writes the rulebook as stored (edits not saved yet are not in it, which {@code unsaved} says) and returns what
     * happened in the user's words.
     */
    String write(String careChoice, int year, Path file, boolean unsaved) {
        try {
            Files.writeString(file, rulebooks.exportJson(careChoice, year), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return NLS.bind(messages.rulebook_exportNoDirectory, file.toAbsolutePath().getParent());
        } catch (IOException | RuntimeException e) {
            return NLS.bind(messages.rulebook_exportFailed, file, e.getMessage());
        }
        return NLS.bind(unsaved ? messages.rulebook_exportedUnsaved : messages.rulebook_exported, file.getFileName());
    }
}
