package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.annual.RulebookYears;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PersonId;
import se.vardval.core.model.ModelTool;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.ToolResult;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.ModelTools;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;

/**
 * The age-weight tool found through the service registry and run on a small database of its own (this runtime holds
 * no other persons), then its proposal applied to the draft through the rulebook edit.
 *
 * <p>Residents on 2020-10-31 (the last day of 2019-11..2020-10, the default twelve months of the 2021 draft): two aged
 * 0–4, one aged 5 (5–9), two aged 30–34, two aged 70–74; 7 in all. Weighted visits in the twelve months: 0–4: a
 * doctor visit and a nurse visit of a 1-year-old and a doctor visit of the 5-year-old made when 4 = 2 + 1 + 2 = 5;
 * 30–34: a doctor and a telephone nurse visit = 3; 70–74: a doctor, a digital nurse and a home nurse visit = 4; 12 in
 * all. Not counted: a telephone prescription, a visit the day before and one the day after the twelve months, and an
 * out-of-county visit. weight = (v / r) / (12 / 7): 0–4 = 35/24 = 1.458333… → 1.4583; 5–9 = 0; 30–34 = 21/24 =
 * 0.875 → 0.8750; 70–74 = 28/24 = 1.166666… → 1.1667; bands without residents 0.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgeWeightToolTest {

    private static final String ADMIN = "demo";
    private static final String P1 = pnr("20180301");
    private static final String P2 = pnr("20170615");
    private static final String P6 = pnr("20150820");
    private static final String P5 = pnr("19900505");
    private static final String P7 = pnr("19880202");
    private static final String P3 = pnr("19500110");
    private static final String P4 = pnr("19481201");
    private static final String VISITOR = pnr("19770707");

    private ModelTools tools;

    @BeforeAll
    void smallRegion() throws Exception {
        tools = service(ModelTools.class);
        MasterDataStore masterData = service(MasterDataStore.class);
        if (masterData.careChoice("halsoval").isPresent()) {
            return;
        }
        UserDirectory users = service(UserDirectory.class);
        users.add("olle", "test-password-1".toCharArray(), new RoleGrant(Role.READ_ONLY, null), ADMIN);
        masterData.saveCareChoice(new CareChoice("halsoval", "Hälsoval", "halsoval"), ADMIN);
        Path files = Files.createTempDirectory("age-weight-tool");
        write(files, "providers.csv", "org_nr;name;ownership", "5560000019;Hälsocentralen Åre AB;PRIVATE");
        write(files, "units.csv", "hsa_id;name;org_nr;municipality;catchment_population",
                "SE-ARE;Åre hälsocentral;5560000019;2321;");
        write(files, "contracts.csv", "contract_id;care_choice;org_nr;hsa_id;valid_from;valid_to",
                "A1;halsoval;5560000019;SE-ARE;2019-01-01;");
        write(files, "persons.csv", "person_id;birth_date;sex;municipality;area_code;distance_km;cni_flags",
                String.join("\n", List.of(P1, P2, P6, P5, P7, P3, P4).stream().map(p -> p + ";;;2321;;;").toList()));
        write(files, "activities.csv",
                "activity_id;care_choice;person_id;hsa_id;date;contact_type;profession;clinician;patient_fee;"
                        + "out_of_county;codes",
                visit(1, P1, "2019-12-10", "PHYSICAL", "DOCTOR", false),
                visit(2, P1, "2020-02-01", "PHYSICAL", "NURSE", false),
                visit(3, P6, "2020-03-01", "PHYSICAL", "DOCTOR", false),
                visit(4, P2, "2020-05-05", "PHONE_PRESCRIPTION", "DOCTOR", false),
                visit(5, P5, "2020-06-01", "PHYSICAL", "DOCTOR", false),
                visit(6, P5, "2020-07-01", "PHONE", "NURSE", false),
                visit(7, P3, "2020-03-03", "PHYSICAL", "DOCTOR", false),
                visit(8, P3, "2020-10-31", "DIGITAL", "NURSE", false),
                visit(9, P4, "2020-01-15", "HOME", "NURSE", false),
                visit(10, P4, "2019-10-31", "PHYSICAL", "DOCTOR", false),
                visit(11, P4, "2020-11-01", "PHYSICAL", "DOCTOR", false),
                visit(12, VISITOR, "2020-04-04", "PHYSICAL", "DOCTOR", true));
        List<ImportService.FileResult> imported = service(ImportService.class).importDirectory(files, ADMIN, p -> {
        });
        assertTrue(imported.stream().allMatch(ImportService.FileResult::accepted), imported.toString());
        try (InputStream in = FrameworkUtil.getBundle(AgeWeightTool.class).getEntry("rulebooks/halsoval-2020.json")
                .openStream()) {
            service(RulebookService.class).importJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), false,
                    ADMIN);
        }
        service(RulebookYears.class).draft("halsoval", 2021, 2020, false, ADMIN);
    }

    @Test
    @Order(1)
    void theRegistryOffersTheToolForHalsoval() {
        List<ModelTool> offered = tools.tools("halsoval");
        assertEquals(List.of("age-weights"), offered.stream().map(ModelTool::id).toList());
        assertEquals("Derive age weights", offered.getFirst().name(Locale.ENGLISH));
        assertEquals("Härled åldersvikter", offered.getFirst().name(Locale.of("sv", "SE")));
    }

    @Test
    @Order(1)
    void proposesHandComputedWeightsBesideTheDraftsOwn() {
        ToolResult result = tools.run("halsoval", "age-weights", Map.of("draft", "2021"), Locale.ENGLISH);
        assertEquals(List.of("Age", "Residents", "Weighted visits", "Weight in draft", "Proposed weight"),
                result.columns());
        assertEquals(21, result.rows().size());
        assertEquals(List.of("0–4", "2", "5", "0,9214", "1,4583"), result.rows().get(0));
        assertEquals(List.of("5–9", "1", "0", "0,4712", "0,0000"), result.rows().get(1));
        assertEquals(List.of("30–34", "2", "3", "0,6402", "0,8750"), result.rows().get(6));
        assertEquals("1,1667", result.rows().get(14).get(4));
        assertEquals("70–74", result.rows().get(14).get(0));
        assertEquals(List.of("100+", "0", "0"), result.rows().get(20).subList(0, 3));
        assertEquals(List.of("7 residents by age on 2020-10-31; 12 weighted visits 2019-11 to 2020-10.",
                "The proposal replaces the age weights (capitation.ageWeights) of the 2021 draft."), result.notes());
        JsonNode proposed = result.proposedChange().orElseThrow().value();
        assertEquals("capitation.ageWeights", result.proposedChange().orElseThrow().path());
        assertEquals(2021, result.proposedChange().orElseThrow().year());
        assertEquals("1.4583", proposed.get(0).get("weight").decimalValue().toPlainString());
        assertTrue(proposed.get(20).get("toAge").isNull());
    }

    @Test
    @Order(1)
    void swedishNotesNameTheParameterInWords() {
        ToolResult result = tools.run("halsoval", "age-weights", Map.of("draft", "2021"), Locale.of("sv", "SE"));
        assertEquals(List.of("7 invånare efter ålder den 2020-10-31; 12 viktade besök 2019-11 – 2020-10.",
                "Förslaget ersätter åldersvikterna (capitation.ageWeights) i utkastet 2021."), result.notes());
        assertEquals("0,9214", result.rows().get(0).get(3));
    }

    @Test
    @Order(1)
    void explicitMonthsMustBeTwelveAndTheYearADraft() {
        ToolResult same = tools.run("halsoval", "age-weights",
                Map.of("draft", "2021", "from", "2019-11", "to", "2020-10"), Locale.ENGLISH);
        assertEquals("1,4583", same.rows().get(0).get(4));
        assertEquals("åldersvikterna härleds ur tolv månader; 2019-11 till 2020-06 är inte tolv månader", assertThrows(
                UserError.class, () -> tools.run("halsoval", "age-weights",
                        Map.of("draft", "2021", "from", "2019-11", "to", "2020-06"), Locale.ENGLISH)).getMessage());
        assertEquals("draft: förfrågningsunderlaget för halsoval 2020 är beslutat; ett verktyg föreslår bara ändringar"
                + " i utkast",
                assertThrows(UserError.class, () -> tools.run("halsoval", "age-weights", Map.of("draft", "2020"),
                        Locale.ENGLISH)).getMessage());
        assertEquals("draft: Draft (year) behövs", assertThrows(UserError.class,
                () -> tools.run("halsoval", "age-weights", Map.of(), Locale.ENGLISH)).getMessage());
        assertEquals("det finns inget verktyg 'x' för halsoval; verktygen är age-weights", assertThrows(
                UserError.class, () -> tools.run("halsoval", "x", Map.of(), Locale.ENGLISH)).getMessage());
    }

    @Test
    @Order(2)
    void applyingIsARulebookEditWithRoleValidationAndAudit() throws Exception {
        ToolResult result = tools.run("halsoval", "age-weights", Map.of("draft", "2021"), Locale.ENGLISH);
        assertEquals("olle får inte redigera förfrågningsunderlag i halsoval: det kräver rollen administratör för"
                + " halsoval; olle är läsbehörig",
                assertThrows(UserError.class,
                        () -> tools.apply("halsoval", result.proposedChange().orElseThrow(), "olle")).getMessage());
        Rulebook applied = tools.apply("halsoval", result.proposedChange().orElseThrow(), ADMIN);
        Rulebook stored = service(RulebookStore.class).find("halsoval", 2021).orElseThrow();
        assertEquals(weights(result.proposedChange().orElseThrow().value()), weights(applied.parameters()
                .get("capitation").get("ageWeights")));
        List<String> weights = weights(stored.parameters().get("capitation").get("ageWeights"));
        assertEquals(weights(result.proposedChange().orElseThrow().value()), weights);
        assertEquals(List.of("1.4583", "0.0000", "0.8750", "1.1667"),
                List.of(weights.get(0), weights.get(1), weights.get(6), weights.get(14)));
        AuditEntry newest = service(AuditLog.class).entries("rulebook", 1).getFirst();
        assertEquals(List.of(ADMIN, "halsoval/2021", "UPDATE"),
                List.of(newest.user(), newest.entityKey(), newest.action()));
        assertTrue(newest.before().contains("0.9214") && newest.after().contains("1.4583"), newest.after());
    }

    /** A table's weights to four decimals, youngest band first. */
    private static List<String> weights(JsonNode table) {
        List<String> weights = new ArrayList<>();
        table.forEach(band -> weights.add(band.get("weight").decimalValue().setScale(4).toPlainString()));
        return weights;
    }

    private static String visit(int id, String person, String date, String contactType, String profession,
            boolean outOfCounty) {
        return String.join(";", "V" + id, "halsoval", person, "SE-ARE", date, contactType, profession, "c1", "0",
                Boolean.toString(outOfCounty), "");
    }

    private static void write(Path directory, String name, String header, String... rows) throws IOException {
        Files.writeString(directory.resolve(name), header + "\n" + String.join("\n", rows) + "\n",
                StandardCharsets.UTF_8);
    }

    /** A valid personnummer born on the day {@code YYYYMMDD}. */
    private static String pnr(String birthDay) {
        String nine = birthDay.substring(2) + "123";
        return birthDay + "-123" + PersonId.checkDigit(nine);
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(AgeWeightToolTest.class).getBundleContext(), type, null);
        tracker.open();
        T service = tracker.waitForService(60_000);
        if (service == null) {
            throw new IllegalStateException(type.getSimpleName() + " did not start in the test runtime");
        }
        return service;
    }
}
