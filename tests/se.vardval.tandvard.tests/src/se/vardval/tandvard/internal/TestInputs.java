package se.vardval.tandvard.internal;

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
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.PaymentLine;
import se.vardval.model.testing.InMemoryRunInputs;

/** The in-memory run inputs of one month of the vårdval {@code barntandvard}, built fluently. */
final class TestInputs extends InMemoryRunInputs {

    static final String CARE_CHOICE = "barntandvard";
    static final String REGION = "2321000016";
    static final String PRIVATE = "5560000001";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        super(new CareChoice(CARE_CHOICE, "Barntandvård", TandvardModel.MODEL_TYPE), period, parameters);
        add(new Provider(REGION, "Region", Ownership.REGION_RUN));
        add(new Provider(PRIVATE, "Privat Tand AB", Ownership.PRIVATE));
    }

    /** A Folktandvården clinic (region-run) with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        return unit(hsaId, REGION);
    }

    /** A clinic of the given provider with an open contract since long ago. */
    TestInputs unit(String hsaId, String orgNr) {
        add(new Unit(hsaId, "Tandklinik " + hsaId, orgNr, "2380", null));
        add(new Contract("K-" + hsaId, CARE_CHOICE, orgNr, hsaId, LONG_AGO, null));
        return this;
    }

    /** A person in the register living in the area (null: none), birth date and sex from the personnummer. */
    TestInputs resident(String personId, String areaCode) {
        PersonId id = PersonId.parse(personId);
        add(new Person(id.value(), id.birthDate(), id.sex(), "2380", areaCode, null, Set.of()));
        return this;
    }

    /** A listing since long ago, open; {@code assigned} marks ickeval. */
    TestInputs listing(String personId, String hsaId, boolean assigned) {
        add(new Listing(personId, CARE_CHOICE, hsaId, LONG_AGO, null, assigned));
        return this;
    }

    /** A resident of the area listed at the clinic by choice. */
    TestInputs listed(String personId, String hsaId, String areaCode) {
        return resident(personId, areaCode).listing(personId, hsaId, false);
    }

    /** An emergency treatment with the code at the clinic on the date. */
    TestInputs emergency(String personId, String hsaId, LocalDate date, String treatment) {
        return activity(personId, hsaId, date, Map.of(EmergencyElsewhere.CODE_KEY, treatment));
    }

    TestInputs activity(String personId, String hsaId, LocalDate date, Map<String, String> codes) {
        add(new Activity("A" + ++activityIds, CARE_CHOICE, personId, hsaId, date, ContactType.PHYSICAL,
                Profession.DENTIST, "c1", BigDecimal.ZERO, false, codes));
        return this;
    }

    /** A line paid by an approved run of the month. */
    TestInputs approved(YearMonth month, PaymentLine line) {
        add(new ApprovedLine(month, line));
        return this;
    }
}
