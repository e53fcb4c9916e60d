package se.vardval.demo.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import se.vardval.core.domain.Ages;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;

/**
 * Generates the inhabitants one at a time, each with the person row, the listings over the months and the visits,
 * so that no more than one person is held in memory whatever the size of the region.
 */
final class Residents {

    /** Swedish population 2020 per five-year band 0–4 … 95–99, 100+ (per mille). */
    private static final double[] AGE_BANDS = { 57, 60, 58, 55, 60, 67, 66, 62, 60, 65, 66, 62, 57, 56, 55, 42, 26,
            16, 8, 2.5, 0.3 };
    private static final double MOVES_PER_MONTH = 0.02;
    private static final double LISTED_AT_START = 0.975;
    private static final double UNLISTED_CHOOSING_PER_MONTH = 0.15;
    private static final double ICKEVAL_SHARE = 0.3;
    private static final double VISITS_ELSEWHERE = 0.08;

    private final RegionPlan plan;
    private final SplittableRandom random;
    private final YearMonth from;
    private final int months;
    private final PersonIds ids;
    private final Visits visits;
    private final UnitMonthTotals totals;
    private final double visitRate;
    private final double[] ageShares;
    private final double[] municipalityShares;

    Residents(RegionPlan plan, SplittableRandom random, YearMonth from, int months, PersonIds ids, Visits visits,
            UnitMonthTotals totals, double visitRate) {
        this.plan = plan;
        this.random = random;
        this.from = from;
        this.months = months;
        this.ids = ids;
        this.visits = visits;
        this.totals = totals;
        this.visitRate = visitRate;
        this.ageShares = shares(AGE_BANDS);
        this.municipalityShares = shares(List.of(Municipality.values()).stream()
                .mapToDouble(Municipality::population).toArray());
    }

    /** Writes {@code count} persons with their listings and visits. */
    void write(int count, CsvOut persons, CsvOut listings) throws IOException {
        for (int i = 0; i < count; i++) {
            writeOne(persons, listings);
        }
    }

    private void writeOne(CsvOut persons, CsvOut listings) throws IOException {
        LocalDate start = from.atDay(1);
        Municipality municipality = Municipality.values()[Draw.index(random, municipalityShares)];
        DemoUnit home = pick(plan.unitsIn(municipality));
        home.addToCatchment();
        int band = Draw.index(random, ageShares);
        int age = 5 * band + random.nextInt(5);
        Sex sex = random.nextBoolean() ? Sex.F : Sex.M;
        boolean coordinationNumber = random.nextDouble() < 0.01;
        PersonId id = ids.next(start.minusYears(age).minusDays(1 + random.nextInt(365)), sex, coordinationNumber);
        Set<CniFlag> flags = flags(Ages.completedYears(id.birthDate(), start), home.needFactor(), coordinationNumber);
        boolean writeDerived = random.nextInt(10) != 0;
        persons.row(id.toString(), writeDerived ? id.birthDate() : null, writeDerived ? id.sex() : null,
                municipality.code(), areaCode(municipality, home), distance(municipality),
                flags.stream().map(CniFlag::name).collect(Collectors.joining("|")));
        new History(id, home, flags, listings).write();
    }

    /** One person's listings and visits month by month. */
    private final class History {

        private final PersonId id;
        private final DemoUnit home;
        private final Set<CniFlag> flags;
        private final CsvOut listings;
        private DemoUnit unit;
        private LocalDate listedFrom;
        private boolean assigned;

        History(PersonId id, DemoUnit home, Set<CniFlag> flags, CsvOut listings) {
            this.id = id;
            this.home = home;
            this.flags = flags;
            this.listings = listings;
        }

        void write() throws IOException {
            LocalDate start = from.atDay(1);
            if (random.nextDouble() < LISTED_AT_START) {
                unit = random.nextDouble() < 0.92 ? home : elsewhere(home);
                LocalDate earliest = id.birthDate().isAfter(start.minusYears(8)) ? id.birthDate()
                        : start.minusYears(8);
                listedFrom = Draw.day(random, earliest, start.minusDays(1));
            }
            for (int month = 0; month < months; month++) {
                YearMonth period = from.plusMonths(month);
                if (unit != null) {
                    totals.add(unit, month, flags);
                }
                DemoUnit before = unit;
                LocalDate change = changeIn(period);
                writeVisits(period, before, change);
            }
            if (unit != null) {
                listings.row(id.toString(), Visits.CARE_CHOICE, unit.hsaId(), listedFrom, null, assigned ? true : null);
            }
        }

        /** Changes the listing on a day of the month (from the 2nd on) and returns that day, or null. */
        private LocalDate changeIn(YearMonth period) throws IOException {
            LocalDate day = Draw.day(random, period.atDay(2), period.atEndOfMonth());
            if (unit != null && random.nextDouble() < MOVES_PER_MONTH) {
                listings.row(id.toString(), Visits.CARE_CHOICE, unit.hsaId(), listedFrom, day.minusDays(1),
                        assigned ? true : null);
                unit = elsewhere(unit);
                assigned = false;
            } else if (unit == null && random.nextDouble() < UNLISTED_CHOOSING_PER_MONTH) {
                assigned = random.nextDouble() < ICKEVAL_SHARE;
                unit = assigned ? home : pick(plan.unitsIn(home.municipality()));
            } else {
                return null;
            }
            listedFrom = day;
            return day;
        }

        private void writeVisits(YearMonth period, DemoUnit before, LocalDate change) throws IOException {
            int age = Ages.completedYears(id.birthDate(), period.atDay(1));
            int count = Draw.poisson(random, visitsPerYear(age) / 12 * (unit == null ? 0.7 : 1) * visitRate);
            for (int i = 0; i < count; i++) {
                LocalDate day = Draw.day(random, period.atDay(1), period.atEndOfMonth());
                DemoUnit listedAt = change != null && day.isBefore(change) ? before : unit;
                DemoUnit at = listedAt == null ? home
                        : random.nextDouble() < VISITS_ELSEWHERE ? elsewhere(listedAt) : listedAt;
                visits.write(id, at, day, false);
            }
        }
    }

    /** Another unit: in the same municipality when it has one, else (and for one in four) in Östersund. */
    private DemoUnit elsewhere(DemoUnit unit) {
        List<DemoUnit> local = plan.unitsIn(unit.municipality());
        List<DemoUnit> candidates = local.size() > 1 && random.nextInt(4) != 0 ? local
                : plan.unitsIn(Municipality.OSTERSUND);
        DemoUnit other = pick(candidates);
        return other == unit ? pick(plan.units()) : other;
    }

    private DemoUnit pick(List<DemoUnit> units) {
        double total = 0;
        for (DemoUnit u : units) {
            total += u.size();
        }
        double u = random.nextDouble() * total;
        for (DemoUnit unit : units) {
            u -= unit.size();
            if (u < 0) {
                return unit;
            }
        }
        return units.get(units.size() - 1);
    }

    private Set<CniFlag> flags(int age, double need, boolean coordinationNumber) {
        EnumSet<CniFlag> flags = EnumSet.noneOf(CniFlag.class);
        if (age < 5) {
            flags.add(CniFlag.UNDER5);
        }
        flag(flags, CniFlag.FOREIGN_BORN, coordinationNumber ? 1 : 0.08 * need);
        flag(flags, CniFlag.OLD_ALONE, age >= 65 ? 0.38 * need : 0);
        flag(flags, CniFlag.SINGLE_PARENT, age >= 20 && age < 55 ? 0.07 * need : 0);
        flag(flags, CniFlag.MOVED_IN, 0.09 * need);
        flag(flags, CniFlag.UNEMPLOYED, age >= 16 && age < 65 ? 0.06 * need : 0);
        flag(flags, CniFlag.LOW_EDUCATION, age >= 25 && age < 65 ? 0.13 * need : 0);
        return Collections.unmodifiableSet(flags);
    }

    private void flag(Set<CniFlag> flags, CniFlag flag, double probability) {
        if (random.nextDouble() < probability) {
            flags.add(flag);
        }
    }

    /** A DeSO-like code: municipality, area kind, and four digits that follow the home unit. */
    private String areaCode(Municipality municipality, DemoUnit home) {
        char kind = municipality == Municipality.OSTERSUND ? 'C' : 'A';
        return String.format("%s%c%04d", municipality.code(), kind, 10 * (home.index() + 1) + random.nextInt(10));
    }

    /** The road distance to Östersund hospital in km with one decimal; unknown for one in 200. */
    private BigDecimal distance(Municipality municipality) {
        if (random.nextInt(200) == 0) {
            return null;
        }
        int tenths = 10 * municipality.minKm() + random.nextInt(10 * (municipality.maxKm() - municipality.minKm()) + 1);
        return BigDecimal.valueOf(tenths, 1);
    }

    /** Primary-care visits a year by age: many for small children and the old. */
    private static double visitsPerYear(int age) {
        if (age < 5) {
            return 4;
        }
        if (age < 18) {
            return 1.8;
        }
        if (age < 45) {
            return 2.2;
        }
        if (age < 65) {
            return 3;
        }
        return age < 80 ? 4.2 : 6;
    }

    private static double[] shares(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] shares = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            shares[i] = weights[i] / total;
        }
        return shares;
    }
}
