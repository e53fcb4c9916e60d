package se.vardval.halsoval.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.DemoContribution;

/**
 * Hälsoval in the embedded demo region: the vårdval {@code halsoval} and its rulebooks from the bundle's
 * {@code rulebooks/} folder (2020 at Jämtland Härjedalen's published levels, decided; the majority's 2021 proposal, a
 * draft) and the two 2021 proposals of the 2021 review as scenarios: the majority's (CNI raised, sparsity by
 * catchment, patient fees returned, LOF/LOL moved to a central budget) and the opposition's (the 2020 model indexed).
 */
@Component(service = DemoContribution.class)
public final class HalsovalDemo implements DemoContribution {

    /** The bundle entries of the demo rulebooks, in the order they are loaded. */
    static final List<String> RULEBOOKS = List.of("rulebooks/halsoval-2020.json",
            "rulebooks/halsoval-2021-proposal.json");

    /** The bundle entries of the demo proposals by name. */
    static final Map<String, String> PROPOSALS = Map.of("halsoval-2021-majority",
            "rulebooks/halsoval-2021-proposal.json", "halsoval-2021-opposition",
            "rulebooks/halsoval-2021-opposition.json");

    @Override
    public List<CareChoice> careChoices() {
        return List.of(new CareChoice("halsoval", "Hälsoval", HalsovalModel.MODEL_TYPE));
    }

    @Override
    public List<String> rulebooks() {
        return RULEBOOKS.stream().map(HalsovalDemo::read).toList();
    }

    @Override
    public Map<String, String> proposals() {
        Map<String, String> documents = new TreeMap<>();
        PROPOSALS.forEach((name, entry) -> documents.put(name, read(entry)));
        return documents;
    }

    /** Reads a bundle resource as UTF-8 text. */
    static String read(String entry) {
        try (InputStream in = HalsovalDemo.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException("the Hälsoval bundle lacks its demo rulebook " + entry);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
