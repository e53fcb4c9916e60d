package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.PaymentLine;
import se.vardval.model.testing.InMemoryRunInputs;

/** The in-memory run inputs of one month of the vårdval {@code hud}, built fluently. */
final class TestInputs extends InMemoryRunInputs {

    static final String CARE_CHOICE = "hud";
    static final String PROVIDER_A = "5560000001";
    static final String PROVIDER_B = "5560000002";
    static final LocalDate LONG_AGO = LocalDate.of(2000, 1, 1);

    private int activityIds;

    TestInputs(YearMonth period, JsonNode parameters) {
        super(new CareChoice(CARE_CHOICE, "Vårdval hud", SpecialistModel.MODEL_TYPE), period, parameters);
        add(new Provider(PROVIDER_A, "Hudkliniken AB", Ownership.PRIVATE));
        add(new Provider(PROVIDER_B, "Region", Ownership.REGION_RUN));
    }

    /** A unit of provider A with an open contract since long ago. */
    TestInputs unit(String hsaId) {
        return unit(hsaId, PROVIDER_A, LONG_AGO, null);
    }

    /** A unit of the provider with a contract over the dates (validTo null: open). */
    TestInputs unit(String hsaId, String orgNr, LocalDate validFrom, LocalDate validTo) {
        add(new Unit(hsaId, "Mottagning " + hsaId, orgNr, "2380", null));
        add(new Contract("K-" + hsaId, CARE_CHOICE, orgNr, hsaId, validFrom, validTo));
        return this;
    }

    /** A tilläggsuppdrag of the unit's contract since long ago. */
    TestInputs supplementary(String hsaId, String code, String annualAmount) {
        add(new Supplementary("K-" + hsaId, code, code, new BigDecimal(annualAmount), LONG_AGO, null));
        return this;
    }

    /** An activity with the contact, profession, patient fee and codes; its id is A1, A2, ... in order. */
    TestInputs activity(String personId, String hsaId, LocalDate date, ContactType contact, Profession profession,
            String fee, Map<String, String> codes) {
        add(new Activity("A" + ++activityIds, CARE_CHOICE, personId, hsaId, date, contact, profession,
                "c1", new BigDecimal(fee), false, new LinkedHashMap<>(codes)));
        return this;
    }

    /** A physical doctor's visit without patient fee. */
    TestInputs visit(String personId, String hsaId, LocalDate date, Map<String, String> codes) {
        return activity(personId, hsaId, date, ContactType.PHYSICAL, Profession.DOCTOR, "0", codes);
    }

    /** The unit's indicator value for the period, women and men together. */
    TestInputs indicator(String hsaId, String indicator, String numerator, String denominator) {
        add(new Indicator(hsaId, period(), indicator, null, new BigDecimal(numerator), new BigDecimal(denominator)));
        return this;
    }

    /** Names the region's codes as {@code names} does, as the engine names them in a run. */
    TestInputs named(CodeNames names) {
        nameCodes(names);
        return this;
    }

    /** A line paid by an approved run of an earlier month. */
    TestInputs approved(YearMonth month, String hsaId, String component, String amount) {
        add(new ApprovedLine(month, new PaymentLine(hsaId, component, BigDecimal.ONE,
                new BigDecimal(amount), new BigDecimal(amount))));
        return this;
    }
}
