package se.vardval.specialist.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Component;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.DemoData;

/**
 * Three specialist vårdval of the demo region, all paid by this one model with their own decided 2020 rulebooks from
 * the bundle's {@code rulebooks/} folder: hud (visit fees at the national fee schedule's 839 kr, referral required,
 * a production ceiling), ögon (visits at 939 kr and DRG at 63 493 kr per point with long-stay days) and höft- och
 * knäprotes (episodes with a two-year warranty and PROM-based payment), each with its demo providers and activities.
 */
@Component(service = DemoContribution.class)
public final class SpecialistDemo implements DemoContribution {

    static final String HUD = "hud";
    static final String OGON = "ogon";
    static final String PROTES = "hoftknaprotes";

    /** The bundle entries of the demo rulebooks, in the order they are loaded. */
    static final List<String> RULEBOOKS = List.of("rulebooks/hud-2020.json", "rulebooks/ogon-2020.json",
            "rulebooks/hoftknaprotes-2020.json");

    @Override
    public List<CareChoice> careChoices() {
        return List.of(new CareChoice(HUD, "Vårdval hud", SpecialistModel.MODEL_TYPE),
                new CareChoice(OGON, "Vårdval ögon", SpecialistModel.MODEL_TYPE),
                new CareChoice(PROTES, "Vårdval höft- och knäprotes", SpecialistModel.MODEL_TYPE));
    }

    /** Adds the three vårdval's providers, units, contracts and activities, the patients drawn from the region. */
    @Override
    public void writeDemoData(DemoData data) {
        List<String> persons = new ArrayList<>();
        data.forEachPerson(p -> persons.add(p.personId()));
        if (persons.isEmpty()) {
            return;
        }
        DemoActivities.Rows rows = DemoActivities.generate(data.random(), data.months(), persons);
        append(data.appender("providers.csv"), rows.providers());
        append(data.appender("units.csv"), rows.units());
        append(data.appender("contracts.csv"), rows.contracts());
        append(data.appender("activities.csv"), rows.activities());
    }

    private static void append(DemoData.RowAppender file, List<List<String>> rows) {
        for (List<String> row : rows) {
            file.row(row.stream().map(value -> value.isEmpty() ? null : value).toArray());
        }
    }

    @Override
    public List<String> rulebooks() {
        return RULEBOOKS.stream().map(SpecialistDemo::read).toList();
    }

    /** Reads a bundle resource as UTF-8 text. */
    static String read(String entry) {
        try (InputStream in = SpecialistDemo.class.getClassLoader().getResourceAsStream(entry)) {
            if (in == null) {
                throw new IllegalStateException("the specialist bundle lacks its demo rulebook " + entry);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + entry, e);
        }
    }
}
