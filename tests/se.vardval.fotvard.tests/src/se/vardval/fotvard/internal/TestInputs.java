package se.vardval.fotvard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.model.testing.InMemoryRunInputs;

/**
 * The in-memory run inputs of one month of the vårdval {@code fotvard}, built fluently: foot-care units with a
 * contract, persons, Hälsoval listings (the target of the cost hand-over), referral activities at a health centre and
 * treatments. Activities of any date may be added; the month's are those of the period.
 */
final class TestInputs extends InMemoryRunInputs {

    static final String CARE_CHOICE = "fotvard";
    static final String HALSOVAL = "halsoval";
    static final String PODIATRY = "5560000001";
    static final String HEALTH_CENTRE = "SE2321000206-HC1";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        super(new CareChoice(CARE_CHOICE, "Medicinsk fotvård", FotvardModel.MODEL_TYPE), period, parameters);
        add(new Provider(PODIATRY, "Fotterapeuterna AB", Ownership.PRIVATE));
    }

    /** A foot-care unit of the podiatry provider with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        add(new Unit(hsaId, "Fotvård " + hsaId, PODIATRY, "2380", null));
        add(new Contract("F-" + hsaId, CARE_CHOICE, PODIATRY, hsaId, LONG_AGO, null));
        return this;
    }

    /** A person in the register, birth date and sex from the personnummer. */
    TestInputs resident(String personId) {
        PersonId id = PersonId.parse(personId);
        add(new Person(id.value(), id.birthDate(), id.sex(), "2380", null, null, Set.of()));
        return this;
    }

    /** A Hälsoval listing of the person at the unit from the day, open. */
    TestInputs listedInHalsoval(String personId, String hsaId, LocalDate from) {
        add(new Listing(personId, HALSOVAL, hsaId, from, null, false));
        return this;
    }

    /** A referral written at a physical visit at the health centre on the day. */
    TestInputs referral(String id, String personId, LocalDate issued, int risk) {
        return activity(personId, HEALTH_CENTRE, issued, ContactType.PHYSICAL, Profession.DOCTOR, "0",
                Map.of("referral", id, "risk", String.valueOf(risk)));
    }

    /** A treatment by a podiatrist at the unit on the referral, with the patient fee paid. */
    TestInputs treatment(String personId, String hsaId, LocalDate date, String referral, String patientFee) {
        return activity(personId, hsaId, date, ContactType.PHYSICAL, Profession.PODIATRIST, patientFee,
                Map.of("referral", referral));
    }

    /** A treatment at home ({@code home=true}). */
    TestInputs homeTreatment(String personId, String hsaId, LocalDate date, String referral, String patientFee) {
        return activity(personId, hsaId, date, ContactType.PHYSICAL, Profession.PODIATRIST, patientFee,
                Map.of("referral", referral, "home", "true"));
    }

    /** An activity as a file of the region records it, with its own id. */
    TestInputs activity(Activity activity) {
        add(activity);
        return this;
    }

    TestInputs activity(String personId, String hsaId, LocalDate date, ContactType type, Profession profession,
            String patientFee, Map<String, String> codes) {
        String id = String.format("A%03d", ++activityIds);
        add(new Activity(id, CARE_CHOICE, personId, hsaId, date, type, profession, "c1",
                new BigDecimal(patientFee), false, codes));
        return this;
    }
}
