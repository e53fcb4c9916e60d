package se.vardval.tandvard.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import se.vardval.tandvard.RiskPoolDistribution;
import se.vardval.tandvard.internal.DemoClinics.Clinic;

/**
 * Barntandvård's demo listings and treatments in 2024–2025, drawn from the seed: every generated person born 2000–2022
 * is listed from the later of 1 January 2024 and the third birthday, a quarter by ickeval at Folktandvården in their
 * municipality, the others by choice (two in five at a private clinic where there is one); some move from
 * Folktandvården to a private clinic at the turn of the year. Each year some children have high-need treatments at
 * their clinic and some an emergency treatment at another clinic. The 20–23-year-olds stay listed in 2025, when the
 * age limit is 19, as the model reports.
 */
final class DemoChildren {

    /** A generated person as the demo needs it. */
    record Resident(String personId, LocalDate birthDate, String municipality) {
    }

    /** Receives the rows of a data-format file, in the file's column order. */
    interface Rows {
        void add(String file, List<String> values);
    }

    static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
    private static final LocalDate TURN_OF_YEAR = LocalDate.of(2025, 1, 1);
    private static final LocalDate BORN_FROM = LocalDate.of(2000, 1, 1);
    private static final double ICKEVAL = 0.25;
    private static final double PRIVATE_CHOICE = 0.4;
    private static final double MOVES = 0.06;
    private static final double HIGH_NEED_PER_YEAR = 0.05;
    private static final double EMERGENCY_PER_YEAR = 0.02;
    private static final String[] EMERGENCIES = { "AKUT1", "AKUT1", "AKUT1", "AKUT2", "AKUT2", "AKUT3" };

    private final RandomGenerator random;
    private final String careChoice;
    private final Rows rows;
    private final Map<String, List<Clinic>> folktandvarden = new LinkedHashMap<>();
    private final Map<String, List<Clinic>> privateClinics = new LinkedHashMap<>();
    private final List<Clinic> clinics;
    private int activities;

    DemoChildren(RandomGenerator random, String careChoice, List<Clinic> clinics, Rows rows) {
        this.random = random;
        this.careChoice = careChoice;
        this.clinics = clinics;
        this.rows = rows;
        for (Clinic clinic : clinics) {
            (clinic.privateProvider() ? privateClinics : folktandvarden)
                    .computeIfAbsent(clinic.municipality(), m -> new ArrayList<>()).add(clinic);
        }
    }

    /** Lists the resident and writes its treatments, when the demo years hold a listing of the child. */
    void add(Resident resident) {
        LocalDate from = later(FIRST_DAY, resident.birthDate().plusYears(3));
        List<Clinic> local = folktandvarden.get(resident.municipality());
        if (resident.birthDate().isBefore(BORN_FROM) || from.isAfter(LAST_DAY) || local == null) {
            return;
        }
        boolean assigned = random.nextDouble() < ICKEVAL;
        List<Clinic> privates = privateClinics.getOrDefault(resident.municipality(), List.of());
        boolean chosePrivate = !assigned && !privates.isEmpty() && random.nextDouble() < PRIVATE_CHOICE;
        Clinic clinic = pick(chosePrivate ? privates : local);
        if (!assigned && !chosePrivate && !privates.isEmpty() && from.isBefore(TURN_OF_YEAR)
                && random.nextDouble() < MOVES) {
            listed(resident, clinic, from, TURN_OF_YEAR.minusDays(1), false);
            listed(resident, pick(privates), TURN_OF_YEAR, LAST_DAY, false);
        } else {
            listed(resident, clinic, from, LAST_DAY, assigned);
        }
    }

    private void listed(Resident resident, Clinic clinic, LocalDate from, LocalDate to, boolean assigned) {
        rows.add("listings.csv", List.of(resident.personId(), careChoice, clinic.hsaId(), from.toString(),
                to.equals(LAST_DAY) ? "" : to.toString(), Boolean.toString(assigned)));
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            LocalDate first = later(from, LocalDate.of(year, 1, 1));
            LocalDate last = to.isBefore(LocalDate.of(year, 12, 31)) ? to : LocalDate.of(year, 12, 31);
            if (random.nextDouble() < HIGH_NEED_PER_YEAR) {
                int treatments = 1 + random.nextInt(3);
                for (int i = 0; i < treatments; i++) {
                    activity(resident, clinic, day(first, last), RiskPoolDistribution.HIGH_NEED_KEY + "=true");
                }
            }
            if (random.nextDouble() < EMERGENCY_PER_YEAR) {
                activity(resident, elsewhere(clinic), day(first, last), EmergencyElsewhere.CODE_KEY + "="
                        + EMERGENCIES[random.nextInt(EMERGENCIES.length)]);
            }
        }
    }

    /** Another clinic for an emergency: one in the same municipality where there is one, else any other. */
    private Clinic elsewhere(Clinic own) {
        List<Clinic> near = clinics.stream().filter(c -> c != own && c.municipality().equals(own.municipality()))
                .toList();
        List<Clinic> others = near.isEmpty() ? clinics.stream().filter(c -> c != own).toList() : near;
        return others.isEmpty() ? own : pick(others);
    }

    private void activity(Resident resident, Clinic clinic, LocalDate date, String codes) {
        activities++;
        rows.add("activities.csv", List.of(String.format("BT%010d", activities), careChoice, resident.personId(),
                clinic.hsaId(), date.toString(), "PHYSICAL", "DENTIST", clinic.hsaId() + "-D" + (1 + random.nextInt(4)),
                "0", "false", codes));
    }

    private LocalDate day(LocalDate first, LocalDate last) {
        return first.plusDays(random.nextLong(ChronoUnit.DAYS.between(first, last) + 1));
    }

    private Clinic pick(List<Clinic> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
