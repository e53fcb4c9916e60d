package se.vardval.fotvard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.DemoData;

/**
 * Medicinsk fotvård in the embedded demo region: the vårdval {@code fotvard} and its decided 2020 rulebook from the
 * bundle's {@code rulebooks/} folder (fees 480, 560 and 640 kr for risk groups II–IV, 300 kr for a home visit, 2, 4
 * and 6 treatments per referral year, the cost handed over to Hälsoval), and its podiatry providers, referrals and
 * treatments of 2020 ({@link DemoFootCare}).
 */
@Component(service = DemoContribution.class)
public final class FotvardDemo implements DemoContribution {

    /** The demo vårdval's id. */
    static final String CARE_CHOICE = "fotvard";

    /** The bundle entries of the demo rulebooks, in the order they are loaded. */
    static final List<String> RULEBOOKS = List.of("rulebooks/fotvard-2020.json");

    @Override
    public List<CareChoice> careChoices() {
        return List.of(new CareChoice(CARE_CHOICE, "Medicinsk fotvård", FotvardModel.MODEL_TYPE));
    }

    @Override
    public void writeDemoData(DemoData data) {
        DemoFootCare.write(data, CARE_CHOICE);
    }

    @Override
    public List<String> rulebooks() {
        return RULEBOOKS.stream().map(FotvardDemo::read).toList();
    }

    /** Reads a bundle resource as UTF-8 text. */
    static String read(String entry) {
        try (InputStream in = FotvardDemo.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException("the Medicinsk fotvård bundle lacks its demo rulebook " + entry);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
