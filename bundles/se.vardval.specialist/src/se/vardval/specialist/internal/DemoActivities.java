package se.vardval.specialist.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The register rows and activities of the demo's three specialist vårdval, drawn from a seeded generator over the
 * demo's months and persons: hud (a private provider with two receptions whose visits cross the 2020 ceiling in
 * March, and the region's own reception; some new visits without referral), ögon (visits and cataract DRG with some
 * long stays and a code missing from the weight table) and höft- och knäprotes (hip and knee episodes started from
 * two years before the demo, follow-ups with PROM results and some re-operations within and after the warranty).
 */
final class DemoActivities {

    /** A demo provider (organisationsnummer, name, ownership) with its units (HSA-id, name) in one vårdval. */
    record DemoProvider(String careChoice, String orgNr, String name, String ownership, List<String[]> units) {
    }

    static final List<DemoProvider> PROVIDERS = List.of(
            new DemoProvider(SpecialistDemo.HUD, "5566123450", "Hudkliniken Jämtland AB", "PRIVATE", List.of(
                    new String[] { "SE5566123450-HUD1", "Hudkliniken Storsjöstrand" },
                    new String[] { "SE5566123450-HUD2", "Hudkliniken Frösön" })),
            new DemoProvider(SpecialistDemo.HUD, "5566234562", "Hudmottagningen Härjedalen AB", "PRIVATE", List.<String[]>of(
                    new String[] { "SE5566234562-HUD3", "Hudmottagningen Sveg" })),
            new DemoProvider(SpecialistDemo.OGON, "5566345673", "Ögonkliniken Mitt AB", "PRIVATE", List.<String[]>of(
                    new String[] { "SE5566345673-OGA1", "Ögonkliniken Östersund" })),
            new DemoProvider(SpecialistDemo.OGON, "5566456785", "Synvården Norr AB", "PRIVATE", List.<String[]>of(
                    new String[] { "SE5566456785-OGA2", "Synvården Strömsund" })),
            new DemoProvider(SpecialistDemo.PROTES, "5566567896", "Ortopedi Jämtland AB", "PRIVATE", List.<String[]>of(
                    new String[] { "SE5566567896-ORT1", "Ortopedkliniken Östersund" })),
            new DemoProvider(SpecialistDemo.PROTES, "5566678909", "Höft- och knäcentrum Mitt AB", "PRIVATE",
                    List.<String[]>of(new String[] { "SE5566678909-ORT2", "Höft- och knäcentrum Järpen" })));

    /** The rows of the data-format files, each in the file's column order. */
    record Rows(List<List<String>> providers, List<List<String>> units, List<List<String>> contracts,
            List<List<String>> activities) {
    }

    private static final String[] DRG = { "C15O", "C16O", "C16O", "C03O" };
    private static final String[] JOINTS = { "HIP", "KNEE" };

    private final RandomGenerator random;
    private final List<String> persons;
    private final List<List<String>> activities = new ArrayList<>();
    private int ids;

    private DemoActivities(RandomGenerator random, List<String> persons) {
        this.random = random;
        this.persons = persons;
    }

    /** The demo rows for the months, with patients drawn from the persons (their personnummer). */
    static Rows generate(RandomGenerator random, List<YearMonth> months, List<String> persons) {
        DemoActivities demo = new DemoActivities(random, persons);
        List<List<String>> providers = new ArrayList<>();
        List<List<String>> units = new ArrayList<>();
        List<List<String>> contracts = new ArrayList<>();
        for (DemoProvider p : PROVIDERS) {
            providers.add(List.of(p.orgNr(), p.name(), p.ownership()));
            for (String[] unit : p.units()) {
                units.add(List.of(unit[0], unit[1], p.orgNr(), "2380", ""));
                contracts.add(List.of(p.careChoice().toUpperCase() + "-" + p.orgNr(), p.careChoice(), p.orgNr(),
                        unit[0], "2018-01-01", ""));
            }
        }
        demo.episodeHistory(months.getFirst());
        for (YearMonth month : months) {
            demo.hud(month);
            demo.ogon(month);
            demo.protes(month);
        }
        return new Rows(List.copyOf(providers), List.copyOf(units), List.copyOf(contracts),
                List.copyOf(demo.activities));
    }

    private void hud(YearMonth month) {
        visits(month, "SE5566123450-HUD1", 55, "hud");
        visits(month, "SE5566123450-HUD2", 30, "hud");
        visits(month, "SE5566234562-HUD3", 20, "hud");
    }

    private void ogon(YearMonth month) {
        visits(month, "SE5566345673-OGA1", 35, "ogon");
        visits(month, "SE5566456785-OGA2", 20, "ogon");
        for (String unit : List.of("SE5566345673-OGA1", "SE5566456785-OGA2")) {
            int operations = 6 + random.nextInt(6);
            for (int i = 0; i < operations; i++) {
                String code = DRG[random.nextInt(DRG.length)];
                int stay = random.nextInt(10) < 8 ? random.nextInt(2) : 3 + random.nextInt(4);
                activity("ogon", unit, day(month), "PHYSICAL", "DOCTOR", "0", "drg=" + code + "|los=" + stay);
            }
        }
        activity("ogon", "SE5566456785-OGA2", day(month), "PHYSICAL", "DOCTOR", "0", "drg=C99O|los=0");
    }

    /** Visits of the month: mostly return visits, a third new (one in ten of them without referral), fees 0–200. */
    private void visits(YearMonth month, String unit, int count, String careChoice) {
        for (int i = 0; i < count; i++) {
            boolean isNew = random.nextInt(3) == 0;
            String codes = isNew ? (random.nextInt(10) == 0 ? "visit=NEW" : "visit=NEW|referral=R" + (ids + 1))
                    : "visit=RETURN";
            boolean nurse = !isNew && random.nextInt(5) == 0;
            String fee = random.nextInt(4) == 0 ? "0" : "200";
            activity(careChoice, unit, day(month), "PHYSICAL", nurse ? "NURSE" : "DOCTOR", fee, codes);
        }
    }

    /** Episodes started in the two years before the demo: their follow-ups and re-operations fall in the demo. */
    private void episodeHistory(YearMonth first) {
        for (int back = 24; back >= 1; back--) {
            YearMonth month = first.minusMonths(back);
            for (int i = 0; i < 2; i++) {
                String person = person();
                String joint = JOINTS[random.nextInt(2)];
                String unit = random.nextBoolean() ? "SE5566567896-ORT1" : "SE5566678909-ORT2";
                LocalDate start = day(month);
                activity(person, "hoftknaprotes", unit, start, "PHYSICAL", "DOCTOR", "0",
                        "episode=" + joint + "|event=START");
                if (random.nextInt(6) == 0) {
                    LocalDate reoperation = start.plusDays(300 + random.nextInt(600));
                    activity(person, "hoftknaprotes", unit, reoperation, "PHYSICAL", "DOCTOR", "0",
                            "episode=" + joint + "|event=REOPERATION");
                }
            }
        }
    }

    private void protes(YearMonth month) {
        for (String unit : List.of("SE5566567896-ORT1", "SE5566678909-ORT2")) {
            int starts = 2 + random.nextInt(3);
            for (int i = 0; i < starts; i++) {
                String person = person();
                String joint = JOINTS[random.nextInt(2)];
                LocalDate start = day(month);
                activity(person, "hoftknaprotes", unit, start, "PHYSICAL", "DOCTOR", "0",
                        "episode=" + joint + "|event=START");
                String prom = String.format(java.util.Locale.ROOT, "%.2f", -0.3 + random.nextInt(90) / 100.0);
                activity(person, "hoftknaprotes", unit, start.plusDays(80 + random.nextInt(20)), "PHYSICAL",
                        "DOCTOR", "0", "episode=" + joint + "|event=FOLLOWUP|prom=" + prom);
            }
            visits(month, unit, 5, "hoftknaprotes");
        }
    }

    private void activity(String careChoice, String unit, LocalDate date, String contact, String profession,
            String fee, String codes) {
        activity(person(), careChoice, unit, date, contact, profession, fee, codes);
    }

    private void activity(String person, String careChoice, String unit, LocalDate date, String contact,
            String profession, String fee, String codes) {
        activities.add(List.of("S" + careChoice.substring(0, 2).toUpperCase() + ++ids, careChoice, person, unit,
                date.toString(), contact, profession, "k" + (1 + random.nextInt(4)), fee, "false", codes));
    }

    private String person() {
        return persons.get(random.nextInt(persons.size()));
    }

    private LocalDate day(YearMonth month) {
        return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    }
}
