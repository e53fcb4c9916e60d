package se.vardval.specialist.endtoend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The small region the end-to-end tests import through the command line: provider A (units H1 and H2 in vårdval hud,
 * O2 in vårdval ögon) and provider B (O1 in ögon), five patients, and the rulebook drafts of hud and ögon for 2020
 * whose price tables are imported from CSV files.
 */
final class SpecialistRegion {

    static final String PROVIDER_A = "5560000019";
    static final String PROVIDER_B = "5560000027";
    static final String P1 = "19700101-0011";
    static final String P2 = "19800202-0025";
    static final String P3 = "19900303-0039";

    static final String ACTIVITY_HEADER =
            "activity_id;care_choice;person_id;hsa_id;date;contact_type;profession;clinician;patient_fee;"
                    + "out_of_county;codes\n";

    private SpecialistRegion() {
    }

    /** Writes the register files into a new directory. */
    static Path register(Path work) throws IOException {
        Path dir = Files.createDirectories(work.resolve("register"));
        write(dir, "providers.csv", """
                org_nr;name;ownership
                5560000019;Hud och Öga i Östersund AB;PRIVATE
                5560000027;Region Jämtland Härjedalen;REGION_RUN
                """);
        write(dir, "units.csv", """
                hsa_id;name;org_nr;municipality;catchment_population
                SE5560000019-H1;Hudmottagningen City;5560000019;2380;
                SE5560000019-H2;Hudmottagningen Frösön;5560000019;2380;
                SE5560000019-O2;Ögonmottagningen City;5560000019;2380;
                SE5560000027-O1;Ögonkliniken Östersunds sjukhus;5560000027;2380;
                """);
        write(dir, "contracts.csv", """
                contract_id;care_choice;org_nr;hsa_id;valid_from;valid_to
                HUD-1;hud-mitt;5560000019;SE5560000019-H1;2019-01-01;
                HUD-1;hud-mitt;5560000019;SE5560000019-H2;2019-01-01;
                OGON-1;ogon-mitt;5560000019;SE5560000019-O2;2019-01-01;
                OGON-2;ogon-mitt;5560000027;SE5560000027-O1;2019-01-01;
                """);
        write(dir, "persons.csv", """
                person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags
                19700101-0011;;;2380;;;
                19800202-0025;;;2380;;;
                19900303-0039;;;2380;;;
                19450404-0041;;;2380;;;
                19550505-0053;;;2380;;;
                """);
        return dir;
    }

    /** The 2020 draft of a vårdval with empty price tables (filled by import-table) and the given extras. */
    static Path draft(Path work, String careChoice, String extras) throws IOException {
        return write(work, careChoice + "-2020.json", """
                {"careChoice": "%s", "modelType": "specialist", "year": 2020, "status": "DRAFT", "decision": null,
                 "parameters": {"visitPrices": [], "drgWeights": {}, "drgOutlier": {"trimDays": 2, "krPerDay": 4500},
                  "episodes": {}, "valueBased": {"bonusPercent": 0, "deductionPercent": 0,
                   "improvementThreshold": 0, "worseningThreshold": 0},
                  "targets": [], "fixedGrantCode": "", %s}}
                """.formatted(careChoice, extras));
    }

    /** An activities.csv of the given rows in a directory of its own. */
    static Path activities(Path work, String name, String rows) throws IOException {
        Path dir = Files.createDirectories(work.resolve(name));
        return write(dir, "activities.csv", ACTIVITY_HEADER + rows);
    }

    static Path write(Path dir, String file, String text) throws IOException {
        return Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    }
}
