package se.vardval.demo.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.SplittableRandom;

import se.vardval.core.domain.Ages;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;

/**
 * Writes visits to {@code activities.csv}: contact types and professions at primary-care rates, pseudonymous
 * clinicians, and the patient fee of 2020 (250 kr for a doctor, 200 kr otherwise, free under 20, from 85, by
 * telephone and with a high-cost card).
 */
final class Visits {

    static final String CARE_CHOICE = "halsoval";

    private static final BigDecimal DOCTOR_FEE = new BigDecimal("250");
    private static final BigDecimal OTHER_FEE = new BigDecimal("200");
    private static final ContactType[] CONTACT_TYPES = { ContactType.PHYSICAL, ContactType.PHONE,
            ContactType.DIGITAL, ContactType.HOME, ContactType.PHONE_PRESCRIPTION };
    private static final double[] CONTACT_TYPE_SHARES = { 0.58, 0.18, 0.08, 0.03, 0.13 };
    private static final Profession[] PROFESSIONS = { Profession.DOCTOR, Profession.NURSE, Profession.PHYSIO,
            Profession.PSYCHOLOGIST, Profession.OTHER };
    private static final double[] PROFESSION_SHARES = { 0.45, 0.38, 0.09, 0.04, 0.04 };

    private final CsvOut out;
    private final SplittableRandom random;
    private long next = 1;

    Visits(CsvOut out, SplittableRandom random) {
        this.out = out;
        this.random = random;
    }

    /** Writes one visit of the person at the unit on the date. */
    void write(PersonId person, DemoUnit unit, LocalDate date, boolean outOfCounty) throws IOException {
        ContactType contactType = CONTACT_TYPES[Draw.index(random, CONTACT_TYPE_SHARES)];
        Profession profession = contactType == ContactType.PHONE_PRESCRIPTION
                ? (random.nextBoolean() ? Profession.DOCTOR : Profession.NURSE)
                : PROFESSIONS[Draw.index(random, PROFESSION_SHARES)];
        String clinician = String.format("K%04d-%s%d", unit.index() + 1, profession.name().charAt(0),
                1 + random.nextInt(6));
        BigDecimal fee = fee(Ages.completedYears(person.birthDate(), date), contactType, profession);
        out.row(String.format("HV%010d", next++), CARE_CHOICE, person.toString(), unit.hsaId(), date, contactType,
                profession, clinician, fee, outOfCounty, null);
    }

    /** The visits written so far. */
    long count() {
        return next - 1;
    }

    private BigDecimal fee(int age, ContactType contactType, Profession profession) {
        boolean free = age < 20 || age >= 85 || contactType == ContactType.PHONE
                || contactType == ContactType.PHONE_PRESCRIPTION || random.nextDouble() < 0.06;
        if (free) {
            return BigDecimal.ZERO;
        }
        return profession == Profession.DOCTOR ? DOCTOR_FEE : OTHER_FEE;
    }
}
