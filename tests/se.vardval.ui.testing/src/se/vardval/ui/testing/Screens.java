package se.vardval.ui.testing;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Control;

import se.vardval.ui.parts.Screenshots;

/** Saves the UI tests' screenshots as build artefacts, in {@code -Dvardval.screenshots} (else target/screenshots). */
public final class Screens {

    private Screens() {
    }

    /** Saves what {@code control} shows as {@code <name>.png} and returns the file. */
    public static Path save(Control control, String name) throws IOException {
        Path file = Path.of(System.getProperty("vardval.screenshots", "target/screenshots"), name + ".png");
        Screenshots.save(control, file);
        return file;
    }
}
