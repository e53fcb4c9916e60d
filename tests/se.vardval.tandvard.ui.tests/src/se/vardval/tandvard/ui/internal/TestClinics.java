package se.vardval.tandvard.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.osgi.framework.FrameworkUtil;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PersonId;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.tandvard.ListedChildrenService;
import se.vardval.ui.testing.DemoDatabase;

/**
 * A Tandvård vårdval of the tests' own beside the demo region, imported through the ordinary import: Folktandvården
 * Testby (region-run) and Privattandläkarna Testby, six listed children, and the demo's 2024 (to 23) and 2025 (to 19)
 * rulebooks.
 */
final class TestClinics {

    static final String CARE_CHOICE = "tandvard-ui";
    static final String FOLKTANDVARDEN = "SE2321000016-TUI1";
    static final String PRIVATE = "SE5599001129-TUI2";

    /**
     * In March 2025: 4 years in 2305A0020 (care-need group 2), 10 and 20 in 2380C0251 (3), 15 without area (ickeval).
     */
    static final List<String> AT_FOLKTANDVARDEN = List.of(pnr(2020, 6, 1, 11), pnr(2015, 3, 1, 12),
            pnr(2010, 1, 15, 13), pnr(2005, 1, 1, 14));

    /** 6 years in 2380C0251 (3), 18 without area in March 2025. */
    static final List<String> AT_PRIVATE = List.of(pnr(2018, 5, 5, 21), pnr(2006, 7, 1, 22));

    private TestClinics() {
    }

    /** Imports the vårdval once per database. */
    static synchronized void ensure() throws Exception {
        DemoDatabase.ensure();
        MasterDataStore masterData = DemoDatabase.service(MasterDataStore.class);
        if (masterData.careChoice(CARE_CHOICE).isPresent()) {
            return;
        }
        String user = DemoDatabase.ADMINISTRATOR;
        masterData.saveCareChoice(new CareChoice(CARE_CHOICE, "Barntandvård (test)", "tandvard"), user);
        Path files = Files.createTempDirectory("tandvard-ui");
        write(files, "providers.csv", "org_nr;name;ownership", "2321000016;Region Testland;REGION_RUN",
                "5599001129;Privattandläkarna AB;PRIVATE");
        write(files, "units.csv", "hsa_id;name;org_nr;municipality;catchment_population",
                FOLKTANDVARDEN + ";Folktandvården Testby;2321000016;2380;", PRIVATE
                        + ";Privattandläkarna Testby;5599001129;2380;");
        write(files, "contracts.csv", "contract_id;care_choice;org_nr;hsa_id;valid_from;valid_to",
                "TUI-1;" + CARE_CHOICE + ";2321000016;" + FOLKTANDVARDEN + ";2024-01-01;",
                "TUI-2;" + CARE_CHOICE + ";5599001129;" + PRIVATE + ";2024-01-01;");
        write(files, "persons.csv", "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags",
                AT_FOLKTANDVARDEN.get(0) + ";;;2305;2305A0020;;", AT_FOLKTANDVARDEN.get(1) + ";;;2380;2380C0251;;",
                AT_FOLKTANDVARDEN.get(2) + ";;;2380;;;", AT_FOLKTANDVARDEN.get(3) + ";;;2380;2380C0251;;",
                AT_PRIVATE.get(0) + ";;;2380;2380C0251;;", AT_PRIVATE.get(1) + ";;;2380;;;");
        StringBuilder listings = new StringBuilder();
        AT_FOLKTANDVARDEN.forEach(p -> listings.append(listing(p, FOLKTANDVARDEN, p.equals(AT_FOLKTANDVARDEN.get(2)))));
        AT_PRIVATE.forEach(p -> listings.append(listing(p, PRIVATE, false)));
        write(files, "listings.csv", "person_id;care_choice;hsa_id;valid_from;valid_to;assigned",
                listings.toString().strip().split("\n"));
        ImportService imports = DemoDatabase.service(ImportService.class);
        for (var result : imports.importDirectory(files, user, progress -> { })) {
            if (!result.accepted()) {
                throw new IllegalStateException(result.file() + ": " + result.errors());
            }
        }
        RulebookService rulebooks = DemoDatabase.service(RulebookService.class);
        for (int year : List.of(2024, 2025)) {
            rulebooks.importJson(demoRulebook(year).replace("\"barntandvard\"", "\"" + CARE_CHOICE + "\""), false,
                    user);
        }
    }

    private static String listing(String personId, String hsaId, boolean assigned) {
        return personId + ";" + CARE_CHOICE + ";" + hsaId + ";2024-01-01;;" + assigned + "\n";
    }

    /** The demo rulebook of the year from the Tandvård bundle. */
    static String demoRulebook(int year) {
        String entry = "rulebooks/barntandvard-" + year + ".json";
        try (InputStream in = FrameworkUtil.getBundle(ListedChildrenService.class).getEntry(entry).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path directory, String name, String header, String... rows) throws IOException {
        Files.writeString(directory.resolve(name), header + "\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
    }

    /** A valid personnummer of someone born on the date. */
    private static String pnr(int year, int month, int day, int serial) {
        LocalDate birth = LocalDate.of(year, month, day);
        String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, month, day);
        String nnn = String.format("%03d", serial);
        return year + yymmdd.substring(2) + nnn + PersonId.checkDigit(yymmdd + nnn);
    }
}
