package se.vardval.halsoval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.halsoval.internal.HalsovalModel;

class AgeWeightDerivationTest {

    private static final LocalDate POPULATION_DAY = LocalDate.of(2019, 10, 31);

    private static String pnr(int year, int month, int day) {
        String nine = String.format("%02d%02d%02d%03d", year % 100, month, day, 10);
        return String.format("%04d", year) + nine.substring(2) + PersonId.checkDigit(nine);
    }

    private static Person resident(String pnr) {
        PersonId id = PersonId.parse(pnr);
        return new Person(id.value(), id.birthDate(), id.sex(), "2380", null, null, Set.of());
    }

    private static Activity visit(String pnr, LocalDate date, ContactType type, Profession profession,
            boolean outOfCounty) {
        return new Activity("a", "halsoval", pnr, "A", date, type, profession, "c", BigDecimal.ZERO, outOfCounty,
                Map.of());
    }

    /**
     * Residents on 2019-10-31: three aged 0–4, two aged 5–9 (5 in all). Weighted visits 2018-11 to 2019-10: band 0–4
     * two doctor visits and a nurse visit = 5, band 5–9 one nurse visit = 1 (6 in all). weight(0–4) = (5/3)/(6/5) =
     * 25/18 = 1.38888… → 1.3889; weight(5–9) = (1/2)/(6/5) = 5/12 = 0.41666… → 0.4167; bands without residents 0.
     */
    @Test
    void proposesWeightsFromTwelveMonthsOfResidentsVisits() {
        String r1 = pnr(2016, 1, 1);
        String r2 = pnr(2017, 5, 5);
        String r3 = pnr(2015, 1, 1);
        String r4 = pnr(2012, 3, 3);
        String r5 = pnr(2011, 2, 2);
        AgeWeightDerivation derivation = new AgeWeightDerivation(YearMonth.of(2018, 11), POPULATION_DAY);
        for (String r : new String[] { r1, r2, r3, r4, r5 }) {
            derivation.addResident(resident(r));
        }
        derivation.addActivity(visit(r1, LocalDate.of(2018, 12, 1), ContactType.PHYSICAL, Profession.DOCTOR, false));
        derivation.addActivity(visit(r2, LocalDate.of(2019, 1, 15), ContactType.DIGITAL, Profession.DOCTOR, false));
        derivation.addActivity(visit(r3, LocalDate.of(2019, 10, 31), ContactType.PHONE, Profession.NURSE, false));
        derivation.addActivity(visit(r4, LocalDate.of(2019, 3, 3), ContactType.PHYSICAL, Profession.NURSE, false));
        // not counted: a telephone prescription, an out-of-county visit, visits outside the twelve months
        derivation.addActivity(visit(r4, LocalDate.of(2019, 4, 1), ContactType.PHONE_PRESCRIPTION, Profession.DOCTOR,
                false));
        derivation.addActivity(visit(r5, LocalDate.of(2019, 5, 1), ContactType.PHYSICAL, Profession.DOCTOR, true));
        derivation.addActivity(visit(r5, LocalDate.of(2019, 11, 1), ContactType.PHYSICAL, Profession.DOCTOR, false));
        derivation.addActivity(visit(r5, LocalDate.of(2018, 10, 31), ContactType.PHYSICAL, Profession.DOCTOR, false));
        derivation.addActivity(visit("19800101-0000", LocalDate.of(2019, 5, 1), ContactType.PHYSICAL,
                Profession.DOCTOR, false));

        ArrayNode table = derivation.proposeAgeWeights();
        assertEquals(21, table.size());
        assertEquals(new BigDecimal("1.3889"), table.get(0).get("weight").decimalValue());
        assertEquals(new BigDecimal("0.4167"), table.get(1).get("weight").decimalValue());
        assertEquals(0, BigDecimal.ZERO.compareTo(table.get(2).get("weight").decimalValue()));
        assertEquals(100, table.get(20).get("fromAge").asInt());
        assertEquals(true, table.get(20).get("toAge").isNull());
        assertEquals(1, derivation.skippedVisits());

        ObjectNode parameters = new HalsovalModel().defaultParameters();
        ((ObjectNode) parameters.get("drugs")).set("ageWeights", table);
        assertEquals(java.util.List.of(), new HalsovalModel().validate(parameters), "a valid ageWeights table");
    }

    @Test
    void aVisitCountsInTheBandOfTheAgeOnItsDate() {
        String child = pnr(2014, 6, 15);
        AgeWeightDerivation derivation = new AgeWeightDerivation(YearMonth.of(2018, 11), POPULATION_DAY);
        derivation.addResident(resident(child));
        derivation.addResident(resident(pnr(2016, 1, 1)));
        derivation.addActivity(visit(child, LocalDate.of(2019, 6, 14), ContactType.PHYSICAL, Profession.NURSE, false));
        JsonNode table = derivation.proposeAgeWeights();
        // the visit at 4 years falls in 0–4, where one of the two residents is: (1/1)/(1/2) = 2
        assertEquals(new BigDecimal("2.0000"), table.get(0).get("weight").decimalValue());
    }

    @Test
    void noVisitsAtAllIsRefused() {
        AgeWeightDerivation derivation = new AgeWeightDerivation(YearMonth.of(2018, 11), POPULATION_DAY);
        derivation.addResident(resident(pnr(2016, 1, 1)));
        assertThrows(IllegalStateException.class, derivation::proposeAgeWeights);
    }
}
