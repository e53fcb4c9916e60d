package se.vardval.tandvard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.DemoContribution;

/**
 * Barntandvård in the embedded demo region: the vårdval {@code barntandvard} and its decided rulebooks from the
 * bundle's {@code rulebooks/} folder, 2024 (free care to 23) and 2025 (to 19), whose care-need table uses the demo
 * generator's area codes. The generator writes listings of Hälsoval only, so the demo vårdval has no contracts or
 * listed children until they are imported.
 */
@Component(service = DemoContribution.class)
public final class TandvardDemo implements DemoContribution {

    /** The demo vårdval's id. */
    static final String CARE_CHOICE = "barntandvard";

    /** The bundle entries of the demo rulebooks, in the order they are loaded. */
    static final List<String> RULEBOOKS = List.of("rulebooks/barntandvard-2024.json",
            "rulebooks/barntandvard-2025.json");

    @Override
    public List<CareChoice> careChoices() {
        return List.of(new CareChoice(CARE_CHOICE, "Barntandvård", TandvardModel.MODEL_TYPE));
    }

    @Override
    public List<String> rulebooks() {
        return RULEBOOKS.stream().map(TandvardDemo::read).toList();
    }

    /** Reads a bundle resource as UTF-8 text. */
    static String read(String entry) {
        try (InputStream in = TandvardDemo.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException("the Tandvård bundle lacks its demo rulebook " + entry);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
