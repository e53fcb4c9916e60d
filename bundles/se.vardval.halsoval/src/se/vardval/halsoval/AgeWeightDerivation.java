package se.vardval.halsoval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Ages;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;

/**
 * Proposes Hälsoval age weights from twelve months of the county residents' visits: weight(band) = (weighted visits
 * in band / residents in band) / (all weighted visits / all residents), doctor visits counting 2 and other visits 1,
 * telephone prescriptions and out-of-county visits left out, rounded half-up to 4 decimals.
 *
 * <p>Feed it residents and activities (e.g. {@code inputs.forEachActivity(derivation::addActivity)}), then take
 * {@link #proposeAgeWeights()} into a draft rulebook's {@code capitation.ageWeights}; a person decides the table.
 * Bands are five years, 0–4 to 95–99, and 100+. Residents count by their age on the population day, visits by the
 * person's age on the visit's date. A band without residents gets weight 0.
 */
public final class AgeWeightDerivation {

    /** The youngest age of the open-ended oldest band. */
    private static final int OLDEST_BAND_FROM = 100;
    private static final int BANDS = OLDEST_BAND_FROM / 5 + 1;

    private final YearMonth firstMonth;
    private final YearMonth lastMonth;
    private final LocalDate populationDay;
    private final long[] residents = new long[BANDS];
    private final long[] weightedVisits = new long[BANDS];
    private long skippedVisits;

    /**
     * A derivation over the twelve months from {@code firstMonth} (Jämtland Härjedalen 2020: 2018-11 to 2019-10),
     * counting residents by their age on {@code populationDay}.
     */
    public AgeWeightDerivation(YearMonth firstMonth, LocalDate populationDay) {
        this.firstMonth = firstMonth;
        this.lastMonth = firstMonth.plusMonths(11);
        this.populationDay = populationDay;
    }

    /** Counts a resident of the county. */
    public void addResident(Person person) {
        residents[band(Ages.completedYears(person.birthDate(), populationDay))]++;
    }

    /**
     * Counts an activity when it is a visit of a county resident within the twelve months: doctor visits 2, others
     * 1; telephone prescriptions and out-of-county visits are not counted, nor visits with an invalid personnummer.
     */
    public void addActivity(Activity activity) {
        YearMonth month = YearMonth.from(activity.date());
        if (activity.contactType() == ContactType.PHONE_PRESCRIPTION || activity.outOfCounty()
                || month.isBefore(firstMonth) || month.isAfter(lastMonth)) {
            return;
        }
        if (!PersonId.isValid(activity.personId())) {
            skippedVisits++;
            return;
        }
        LocalDate birth = PersonId.parse(activity.personId()).birthDate();
        weightedVisits[band(Ages.completedYears(birth, activity.date()))] += activity.profession() == Profession.DOCTOR
                ? 2 : 1;
    }

    /** The residents counted in each band, youngest band first (the order of {@link #proposeAgeWeights()}). */
    public List<Long> residentsByBand() {
        return Arrays.stream(residents).boxed().toList();
    }

    /** The weighted visits counted in each band, youngest band first. */
    public List<Long> weightedVisitsByBand() {
        return Arrays.stream(weightedVisits).boxed().toList();
    }

    /** Visits left out because their personnummer is invalid. */
    public long skippedVisits() {
        return skippedVisits;
    }

    /**
     * The proposed table as a rulebook's {@code ageWeights} array: {@code [{fromAge, toAge, weight}]}, the last band
     * with {@code toAge} null (100+).
     *
     * @throws IllegalStateException when there are no residents or no counted visits at all
     */
    public ArrayNode proposeAgeWeights() {
        long allResidents = 0;
        long allVisits = 0;
        for (int i = 0; i < BANDS; i++) {
            allResidents += residents[i];
            allVisits += weightedVisits[i];
        }
        if (allResidents == 0 || allVisits == 0) {
            throw new IllegalStateException("Åldersvikter kräver invånare och besök: det fanns " + allResidents
                    + " invånare och " + allVisits + " viktade besök från " + firstMonth + " till " + lastMonth + ".");
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode table = json.arrayNode();
        for (int i = 0; i < BANDS; i++) {
            ObjectNode band = table.addObject();
            band.put("fromAge", i * 5);
            if (i < BANDS - 1) {
                band.put("toAge", i * 5 + 4);
            } else {
                band.putNull("toAge");
            }
            band.put("weight", residents[i] == 0 ? BigDecimal.ZERO.setScale(4)
                    : BigDecimal.valueOf(weightedVisits[i]).multiply(BigDecimal.valueOf(allResidents)).divide(
                            BigDecimal.valueOf(residents[i]).multiply(BigDecimal.valueOf(allVisits)), 4,
                            RoundingMode.HALF_UP));
        }
        return table;
    }

    private static int band(int age) {
        return Math.min(Math.max(age, 0), OLDEST_BAND_FROM) / 5;
    }
}
