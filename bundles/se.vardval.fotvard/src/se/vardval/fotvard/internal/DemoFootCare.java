package se.vardval.fotvard.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import se.vardval.core.domain.Ownership;
import se.vardval.core.service.DemoData;
import se.vardval.core.service.DemoData.DemoPerson;

/**
 * The demo region's foot care in 2020: two podiatry providers with a unit each and a contract from January, and per
 * 2 000 persons one cohort of eleven patients whose referrals (activities at a Hälsoval unit, and one in
 * {@code referrals.csv} valid two months) and treatments give both units paid treatments in every month of the year,
 * of risk groups II–IV and at home, and each kind of rejection. Nine come in the winter; two more are referred in
 * April, one to each unit, and treated in the months the winter's patients are not due or are over their quota. March
 * of one cohort: at {@link #UNIT_A} risk groups II, III and IV one paid treatment each, two of them at home, and
 * rejected one over the quota, one of risk grade I and one without a referral; at {@link #UNIT_B} two paid
 * treatments of risk group III and one of IV, two of them at home, and rejected one on an expired referral and one of
 * a child (under the rulebook's minimum age). Every treatment's patient fee is 100 kr.
 */
final class DemoFootCare {

    /** The first podiatry unit. */
    static final String UNIT_A = "SE5568214406-F0001";
    /** The second podiatry unit. */
    static final String UNIT_B = "SE5569341208-F0001";

    private static final String PROVIDER_A = "556821-4406";
    private static final String PROVIDER_B = "556934-1208";
    private static final LocalDate CONTRACT_START = LocalDate.of(2020, 1, 1);
    private static final LocalDate OLDEST_CHILD = LocalDate.of(2003, 1, 1);
    private static final LocalDate YOUNGEST_CHILD = LocalDate.of(2014, 12, 31);
    private static final LocalDate ADULTS_BORN_BEFORE = LocalDate.of(1955, 1, 1);
    private static final int PERSONS_PER_COHORT = 2_000;
    private static final String PATIENT_FEE = "100";

    /** A patient of a cohort: the unit, the referral's risk grade and issue (null: none) and the treatments. */
    private record Role(String name, String unit, Integer risk, LocalDate issued, String profession,
            List<Treatment> treatments) {
    }

    /** A treatment's day and whether it is given at home. */
    private record Treatment(LocalDate day, boolean home) {
    }

    /** The roles of the adults referred in the winter (a–h); the child's is {@link #CHILD}. */
    private static final List<Role> WINTER_ADULTS = List.of(
            role("a", UNIT_A, 2, "2020-01-08", "DOCTOR", "2020-01-20", "2020-03-09", "2020-03-23", "2020-06-15"),
            role("b", UNIT_A, 3, "2020-01-10", "DOCTOR", "2020-02-03", "2020-03-02 home", "2020-05-04",
                    "2020-07-06", "2020-09-07"),
            role("c", UNIT_A, 4, "2020-02-03", "NURSE", "2020-02-17", "2020-03-12 home", "2020-07-13", "2020-09-14",
                    "2020-11-09", "2020-12-14"),
            role("d", UNIT_A, 1, "2020-01-15", "NURSE", "2020-03-16"),
            role("e", UNIT_A, null, null, null, "2020-03-18", "2020-10-19"),
            role("f", UNIT_B, 2, "2020-01-07", null, "2020-02-10", "2020-03-11"),
            role("g", UNIT_B, 3, "2020-02-05", "DOCTOR", "2020-03-04 home", "2020-03-25", "2020-06-10",
                    "2020-09-14 home"),
            role("h", UNIT_B, 4, "2020-01-20", "DOCTOR", "2020-01-27", "2020-03-30 home", "2020-04-27",
                    "2020-08-24", "2020-11-23", "2020-12-07"));

    /**
     * The roles of the adults referred in April (j, k), treated within their risk groups' quotas: at {@link #UNIT_A}
     * in April, June, August and October, at {@link #UNIT_B} in May, July, September, October and December.
     */
    private static final List<Role> APRIL_ADULTS = List.of(
            role("j", UNIT_A, 3, "2020-04-02", "NURSE", "2020-04-21", "2020-06-23 home", "2020-08-18", "2020-10-20"),
            role("k", UNIT_B, 4, "2020-04-08", "DOCTOR", "2020-05-12", "2020-07-07 home", "2020-09-01",
                    "2020-10-27", "2020-12-15"));

    /** The child's role: a referral of risk group II, not paid under the rulebook's minimum age. */
    private static final Role CHILD = role("i", UNIT_B, 2, "2020-02-12", "DOCTOR", "2020-03-19");

    /** Role f's referral comes from {@code referrals.csv}, valid two months: its March treatment is too late. */
    private static final int SHORT_REFERRAL_MONTHS = 2;

    private final DemoData data;
    private final List<String> adults = new ArrayList<>();
    private final List<String> children = new ArrayList<>();
    private int persons;

    private DemoFootCare(DemoData data) {
        this.data = data;
    }

    /** Writes the providers, units, contracts, referrals and treatments into the region's files. */
    static void write(DemoData data, String careChoice) {
        if (data.units().isEmpty()) {
            return;
        }
        DemoFootCare demo = new DemoFootCare(data);
        data.forEachPerson(demo::consider);
        demo.writeRegister(careChoice);
        demo.writePatients(careChoice);
    }

    private void consider(DemoPerson person) {
        persons++;
        if (person.birthDate().isBefore(ADULTS_BORN_BEFORE)) {
            adults.add(person.personId());
        } else if (!person.birthDate().isBefore(OLDEST_CHILD) && !person.birthDate().isAfter(YOUNGEST_CHILD)) {
            children.add(person.personId());
        }
    }

    private void writeRegister(String careChoice) {
        DemoData.RowAppender providers = data.appender("providers.csv");
        providers.row(PROVIDER_A, "Fotvårdskliniken Storsjön AB", Ownership.PRIVATE.name());
        providers.row(PROVIDER_B, "Fotterapeuterna i Jämtland AB", Ownership.PRIVATE.name());
        String municipality = data.units().getFirst().municipality();
        DemoData.RowAppender units = data.appender("units.csv");
        units.row(UNIT_A, "Fotvårdskliniken Storsjön", PROVIDER_A, municipality, null);
        units.row(UNIT_B, "Fotterapeuterna Odenslund", PROVIDER_B, municipality, null);
        DemoData.RowAppender contracts = data.appender("contracts.csv");
        contracts.row("FOT-" + PROVIDER_A.replace("-", ""), careChoice, PROVIDER_A, UNIT_A, CONTRACT_START, null);
        contracts.row("FOT-" + PROVIDER_B.replace("-", ""), careChoice, PROVIDER_B, UNIT_B, CONTRACT_START, null);
    }

    /**
     * One cohort per 2 000 persons (at least one), as far as there are adults and children for it; the adults are
     * taken in order, those of every cohort's winter roles before those of its roles referred in April.
     */
    private void writePatients(String careChoice) {
        int cohorts = Math.min(Math.max(1, persons / PERSONS_PER_COHORT),
                Math.min(adults.size() / (WINTER_ADULTS.size() + APRIL_ADULTS.size()), children.size()));
        DemoData.RowAppender activities = data.appender("activities.csv");
        Iterator<String> adult = adults.iterator();
        try (BufferedWriter referrals = Files.newBufferedWriter(data.directory().resolve(ReferralFile.FILE),
                StandardCharsets.UTF_8)) {
            referrals.write("referral_id;person_id;issued;risk_group;valid_months;issuer_hsa_id\n");
            for (List<Role> roles : List.of(WINTER_ADULTS, APRIL_ADULTS)) {
                for (int cohort = 0; cohort < cohorts; cohort++) {
                    for (Role role : roles) {
                        patient(activities, referrals, careChoice, cohort, role, adult.next(), issuer(cohort));
                    }
                }
            }
            for (int cohort = 0; cohort < cohorts; cohort++) {
                patient(activities, referrals, careChoice, cohort, CHILD, children.get(cohort), issuer(cohort));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo referrals", e);
        }
    }

    /** The Hälsoval unit that issues the referrals of a cohort. */
    private String issuer(int cohort) {
        return data.units().get(cohort % data.units().size()).hsaId();
    }

    private static void patient(DemoData.RowAppender activities, BufferedWriter referrals, String careChoice,
            int cohort, Role role, String person, String issuer) throws IOException {
        String prefix = String.format("FV%03d%s", cohort + 1, role.name());
        String referral = role.risk() == null ? null : "R" + prefix.substring(1);
        if (referral != null && role.profession() == null) {
            referrals.write(String.join(";", referral, person, role.issued().toString(), role.risk().toString(),
                    String.valueOf(SHORT_REFERRAL_MONTHS), issuer) + "\n");
        } else if (referral != null) {
            activities.row(prefix + "0", careChoice, person, issuer, role.issued(), "PHYSICAL", role.profession(),
                    "c" + prefix, "0", "false", "referral=" + referral + "|risk=" + role.risk());
        }
        int n = 1;
        for (Treatment t : role.treatments()) {
            String codes = (referral == null ? "" : "referral=" + referral) + (t.home() ? "|home=true" : "");
            activities.row(prefix + n++, careChoice, person, role.unit(), t.day(), t.home() ? "HOME" : "PHYSICAL",
                    "PODIATRIST", "p" + role.unit().substring(role.unit().length() - 1), PATIENT_FEE, "false",
                    codes.startsWith("|") ? codes.substring(1) : codes);
        }
    }

    private static Role role(String name, String unit, Integer risk, String issued, String profession,
            String... treatments) {
        return new Role(name, unit, risk, issued == null ? null : LocalDate.parse(issued), profession,
                Arrays.stream(treatments).map(t -> new Treatment(LocalDate.parse(t.substring(0, 10)),
                        t.endsWith("home"))).toList());
    }
}
