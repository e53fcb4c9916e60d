package se.vardval.specialist.ui.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.testing.DemoDatabase;

/**
 * Two specialist vårdval of the views' tests, added to the demo database once: {@code hudvy} (ceiling 100 000 kr a
 * year at 50 % above it; provider A with units U1 and U2 crosses it in February, B with U3 stays under; January and
 * February approved, March calculated) and {@code protesvy} (hip and knee episodes with a two-year warranty since
 * 2017).
 */
final class ViewData {

    static final String HUD = "hudvy";
    static final String PROTES = "protesvy";
    static final String[] PERSONS = { "19700101-0011", "19800202-0025", "19900303-0039", "19450404-0041",
        "19550505-0053" };

    private ViewData() {
    }

    static synchronized void ensure() throws Exception {
        DemoDatabase.ensure();
        MasterDataStore masterData = DemoDatabase.service(MasterDataStore.class);
        if (masterData.careChoice(HUD).isPresent()) {
            return;
        }
        masterData.saveCareChoice(new CareChoice(HUD, "Vårdval hud (vytest)", "specialist"), DemoDatabase.ADMINISTRATOR);
        masterData.saveCareChoice(new CareChoice(PROTES, "Vårdval protes (vytest)", "specialist"),
                DemoDatabase.ADMINISTRATOR);
        RulebookService rulebooks = DemoDatabase.service(RulebookService.class);
        rulebooks.importJson(rulebook(HUD, """
                "visitPrices": [{"contactType": "PHYSICAL", "profession": "DOCTOR", "visitKind": "RETURN", "kr": 839}],
                "episodes": {}, "ceiling": {"annualAmount": 100000, "ratePercent": 50}"""), false, DemoDatabase.ADMINISTRATOR);
        rulebooks.importJson(rulebook(PROTES, """
                "visitPrices": [], "episodes": {"HIP": {"price": 72000, "warrantyDays": 730},
                 "KNEE": {"price": 76000, "warrantyDays": 730}}, "ceiling": {"annualAmount": 0, "ratePercent": 100}"""),
                false, DemoDatabase.ADMINISTRATOR);
        Path dir = Files.createTempDirectory("vardval-specialist-views");
        write(dir);
        for (FileResult result : DemoDatabase.service(ImportService.class).importDirectory(dir,
                DemoDatabase.ADMINISTRATOR, p -> { })) {
            if (!result.accepted()) {
                throw new IllegalStateException(result.file() + ": " + result.errors());
            }
        }
        String approver = approver();
        PaymentRunService runner = DemoDatabase.service(PaymentRunService.class);
        for (int month = 1; month <= 3; month++) {
            long run = runner.run(HUD, YearMonth.of(2020, month), DemoDatabase.ADMINISTRATOR).id();
            if (month < 3) {
                runner.approve(run, approver);
            }
        }
    }

    private static String rulebook(String careChoice, String tables) {
        return """
                {"careChoice": "%s", "modelType": "specialist", "year": 2020, "status": "DECIDED", "decision": "test",
                 "parameters": {%s, "deductPatientFee": false, "referralRequired": false, "drgPricePerPoint": 0,
                  "drgWeights": {}, "drgOutlier": {"trimDays": 0, "krPerDay": 0},
                  "valueBased": {"bonusPercent": 3, "deductionPercent": 3, "improvementThreshold": 0.2,
                   "worseningThreshold": 0.1}, "targets": [], "fixedGrantCode": ""}}
                """.formatted(careChoice, tables);
    }

    private static void write(Path dir) throws IOException {
        Files.writeString(dir.resolve("providers.csv"), "org_nr;name;ownership\n5560000019;Hudkliniken Norr AB;PRIVATE\n"
                + "5560000027;Hudmottagningen Syd AB;PRIVATE\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("units.csv"), "hsa_id;name;org_nr;municipality;catchment_population\n"
                + "SE-U1;Hudkliniken Norr, City;5560000019;2380;\nSE-U2;Hudkliniken Norr, Frösön;5560000019;2380;\n"
                + "SE-U3;Hudmottagningen Syd;5560000027;2380;\nSE-P1;Ortopedkliniken Öst;5560000027;2380;\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("contracts.csv"), "contract_id;care_choice;org_nr;hsa_id;valid_from;valid_to\n"
                + "V-1;hudvy;5560000019;SE-U1;2019-01-01;\nV-1;hudvy;5560000019;SE-U2;2019-01-01;\n"
                + "V-2;hudvy;5560000027;SE-U3;2019-01-01;\nV-3;protesvy;5560000027;SE-P1;2015-01-01;\n",
                StandardCharsets.UTF_8);
        StringBuilder persons = new StringBuilder("person_id;birth_date;sex;municipality;area_code;distance_km;"
                + "cni_flags\n");
        for (String person : PERSONS) {
            persons.append(person).append(";;;2380;;;\n");
        }
        Files.writeString(dir.resolve("persons.csv"), persons, StandardCharsets.UTF_8);
        StringBuilder activities = new StringBuilder("activity_id;care_choice;person_id;hsa_id;date;contact_type;"
                + "profession;clinician;patient_fee;out_of_county;codes\n");
        int[][] visits = { { 60, 20, 30 }, { 40, 20, 30 }, { 30, 0, 30 } };
        String[] units = { "SE-U1", "SE-U2", "SE-U3" };
        int id = 0;
        for (int month = 0; month < 3; month++) {
            for (int unit = 0; unit < 3; unit++) {
                for (int i = 0; i < visits[month][unit]; i++) {
                    LocalDate day = LocalDate.of(2020, month + 1, 1 + i % 28);
                    activities.append("HV").append(++id).append(";hudvy;").append(PERSONS[i % PERSONS.length])
                            .append(';').append(units[unit]).append(';').append(day)
                            .append(";PHYSICAL;DOCTOR;d;0;false;visit=RETURN\n");
                }
            }
        }
        activities.append("""
                PV1;protesvy;19450404-0041;SE-P1;2017-06-01;PHYSICAL;DOCTOR;o;0;false;episode=HIP|event=START
                PV2;protesvy;19700101-0011;SE-P1;2018-05-02;PHYSICAL;DOCTOR;o;0;false;episode=HIP|event=START
                PV3;protesvy;19800202-0025;SE-P1;2019-11-20;PHYSICAL;DOCTOR;o;0;false;episode=KNEE|event=START
                PV4;protesvy;19700101-0011;SE-P1;2020-01-15;PHYSICAL;DOCTOR;o;0;false;episode=HIP|event=REOPERATION
                PV5;protesvy;19800202-0025;SE-P1;2020-02-10;PHYSICAL;DOCTOR;o;0;false;episode=KNEE|event=FOLLOWUP|prom=0.3
                PV6;protesvy;19900303-0039;SE-P1;2020-02-03;PHYSICAL;DOCTOR;o;0;false;episode=HIP|event=START
                """);
        Files.writeString(dir.resolve("activities.csv"), activities, StandardCharsets.UTF_8);
    }

    private static String approver() throws InterruptedException {
        UserDirectory users = DemoDatabase.service(UserDirectory.class);
        if (users.account("britt").isEmpty()) {
            users.add("britt", "britts lösenord".toCharArray(), new RoleGrant(Role.APPROVER, null),
                    DemoDatabase.ADMINISTRATOR);
        }
        return "britt";
    }
}
