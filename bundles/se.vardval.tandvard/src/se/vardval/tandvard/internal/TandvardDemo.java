package se.vardval.tandvard.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Ownership;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.DemoData;
import se.vardval.tandvard.internal.DemoChildren.Resident;
import se.vardval.tandvard.internal.DemoClinics.Clinic;

/**
 * Barntandvård in the embedded demo region: the vårdval {@code barntandvard}, its decided rulebooks from the bundle's
 * {@code rulebooks/} folder, 2024 (free care to 23) and 2025 (to 19), whose care-need table uses the demo generator's
 * area codes, and its clinics, contracts, listed children and treatments in 2024–2025 ({@link DemoClinics},
 * {@link DemoChildren}), written to the region's files and imported with them.
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
    public void writeDemoData(DemoData data) {
        String region = data.units().stream().filter(u -> u.ownership() == Ownership.REGION_RUN)
                .map(DemoData.DemoUnit::orgNr).findFirst().orElse(null);
        if (region == null) {
            return;
        }
        Set<String> municipalities = new TreeSet<>();
        data.forEachPerson(p -> municipalities.add(p.municipality()));
        List<Clinic> clinics = DemoClinics.of(List.copyOf(municipalities), region);
        Map<String, DemoData.RowAppender> appenders = new HashMap<>();
        DemoChildren.Rows rows = (file, values) -> appenders.computeIfAbsent(file, data::appender)
                .row(values.toArray());
        DemoClinics.privateProviders(clinics).forEach(p -> rows.add("providers.csv", List.of(p.get(0), p.get(1),
                Ownership.PRIVATE.name())));
        for (Clinic clinic : clinics) {
            rows.add("units.csv", Arrays.asList(clinic.hsaId(), clinic.name(), clinic.orgNr(), clinic.municipality(),
                    null));
            rows.add("contracts.csv", Arrays.asList(clinic.hsaId().replace("SE", "BT-"), CARE_CHOICE, clinic.orgNr(),
                    clinic.hsaId(), DemoChildren.FIRST_DAY.toString(), null));
        }
        DemoChildren children = new DemoChildren(data.random(), CARE_CHOICE, clinics, rows);
        data.forEachPerson(p -> children.add(new Resident(p.personId(), p.birthDate(), p.municipality())));
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
