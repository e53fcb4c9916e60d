package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind of bad row is reported with its exact message and nothing of the file reaches the sink. */
class BadRowTest {

    private static final String UNIT = "SE2321000206-E1";
    private static final String ACTIVITY = "A1;halsoval;19121212-1212;" + UNIT + ";2020-02-03;";
    private static final String CODES_KNOWN = "(kända: drg, emergency, episode, event, high_need, home, los, prom,"
            + " referral, risk, visit; andra måste börja med x_)";

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(ImportFileType.PROVIDERS, "556677-8898;X;PRIVATE",
                        "providers.csv:2: org_nr: felaktig kontrollsiffra i organisationsnumret '556677-8898'"),
                arguments(ImportFileType.PROVIDERS, "12345;X;PRIVATE",
                        "providers.csv:2: org_nr: inte ett organisationsnummer (NNNNNN-NNNN): '12345'"),
                arguments(ImportFileType.PROVIDERS, ";X;PRIVATE", "providers.csv:2: org_nr: värde saknas"),
                arguments(ImportFileType.PROVIDERS, "556677-8899;X;PUBLIC",
                        "providers.csv:2: ownership: okänd driftform 'PUBLIC' (förväntade REGION_RUN, PRIVATE,"
                                + " MUNICIPAL, OTHER)"),
                arguments(ImportFileType.UNITS, "SE-E3;A;556677-8899;2380;-5",
                        "units.csv:2: catchment_population: negativ befolkning i upptagningsområdet"),
                arguments(ImportFileType.UNITS, "SE-E3;A;556677-8899;2380;5,5",
                        "units.csv:2: catchment_population: inte ett heltal: '5,5'"),
                arguments(ImportFileType.UNITS, "SE-E3;A;212000-0191;2380;5",
                        "units.csv:2: org_nr: okänd vårdgivare '212000-0191'"),
                arguments(ImportFileType.UNITS, "SE-E3;A;556677-8899;238;5",
                        "units.csv:2: municipality: inte en kommunkod (4 siffror): '238'"),
                arguments(ImportFileType.CONTRACTS, "K2;fotvard;556677-8899;" + UNIT + ";2020-01-01;",
                        "contracts.csv:2: care_choice: okänt vårdval 'fotvard'"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;SE-X;2020-01-01;",
                        "contracts.csv:2: hsa_id: okänd enhet 'SE-X'"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;" + Fixture.OTHER_PROVIDERS_UNIT
                        + ";2020-01-01;", "contracts.csv:2: hsa_id: enheten 'SE2321000214-E9' hör till vårdgivaren "
                        + "2321000214, inte till avtalets 5566778899"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;" + UNIT + ";2020-02-30;",
                        "contracts.csv:2: valid_from: inte ett datum (ÅÅÅÅ-MM-DD): '2020-02-30'"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;" + UNIT + ";2020-05-01;2020-04-30",
                        "contracts.csv:2: valid_to: 2020-04-30 är före valid_from 2020-05-01"),
                arguments(ImportFileType.SUPPLEMENTARY, "K9;ASYL;Asyl;1000;2020-01-01;",
                        "supplementary.csv:2: contract_id: okänt avtal 'K9'"),
                arguments(ImportFileType.SUPPLEMENTARY, "K1;ASYL;Asyl;-1000;2020-01-01;",
                        "supplementary.csv:2: annual_amount: negativt årsbelopp"),
                arguments(ImportFileType.SUPPLEMENTARY, "K1;ASYL;Asyl;12 000;2020-01-01;",
                        "supplementary.csv:2: annual_amount: inte ett tal: '12 000'"),
                arguments(ImportFileType.PERSONS, "19121212-1213;;;2380;;;",
                        "persons.csv:2: person_id: felaktig kontrollsiffra i personnumret '19121212-1213'"),
                arguments(ImportFileType.PERSONS, "19121312-1212;;;2380;;;",
                        "persons.csv:2: person_id: omöjligt datum i personnumret '19121312-1212'"),
                arguments(ImportFileType.PERSONS, "19121212-1212;1912-12-13;;2380;;;",
                        "persons.csv:2: birth_date: 1912-12-13 stämmer inte med person_id (1912-12-12)"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;F;2380;;;",
                        "persons.csv:2: sex: F stämmer inte med person_id (M)"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;X;2380;;;",
                        "persons.csv:2: sex: okänt kön 'X' (förväntade F, M)"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;;2380;;-3;",
                        "persons.csv:2: distance_km: negativt avstånd"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;;2380;;;UNDER5|POOR",
                        "persons.csv:2: cni_flags: okänd CNI-flagga 'POOR' (förväntade UNDER5, FOREIGN_BORN, OLD_ALONE,"
                                + " SINGLE_PARENT, MOVED_IN, UNEMPLOYED, LOW_EDUCATION)"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + UNIT + ";2020-01-01;;maybe",
                        "listings.csv:2: assigned: inte true eller false: 'maybe'"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + UNIT + ";2020-01;;",
                        "listings.csv:2: valid_from: inte ett datum (ÅÅÅÅ-MM-DD): '2020-01'"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + UNIT + ";1899-12-31;;",
                        "listings.csv:2: valid_from: 1899-12-31 ligger utanför de dagar en listning kan börja på,"
                                + " 1900-01-01–2079-06-06"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + UNIT + ";2079-06-07;;",
                        "listings.csv:2: valid_from: 2079-06-07 ligger utanför de dagar en listning kan börja på,"
                                + " 1900-01-01–2079-06-06"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;tandvard;" + UNIT + ";2020-01-01;;",
                        "listings.csv:2: care_choice: okänt vårdval 'tandvard'"),
                arguments(ImportFileType.ACTIVITIES,
                        "A1;halsoval;19850101-1244;" + UNIT + ";2020-02-03;PHYSICAL;DOCTOR;;200;false;",
                        "activities.csv:2: person_id: okänd person (finns inte i persons.csv och är inte"
                        + " out_of_county)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "VIDEO;DOCTOR;;200;false;",
                        "activities.csv:2: contact_type: okänd kontakttyp 'VIDEO' (förväntade PHYSICAL, HOME, PHONE,"
                                + " DIGITAL, PHONE_PRESCRIPTION)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;SURGEON;;200;false;",
                        "activities.csv:2: profession: okänd profession 'SURGEON' (förväntade DOCTOR, NURSE, PHYSIO,"
                                + " PSYCHOLOGIST, DENTIST, DENTAL_HYGIENIST, PODIATRIST, OTHER)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;-200;false;",
                        "activities.csv:2: patient_fee: negativ patientavgift"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;200;ja;",
                        "activities.csv:2: out_of_county: inte true eller false: 'ja'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;PODIATRIST;;0;false;risk=5",
                        "activities.csv:2: codes: risk måste vara 1..4: '5'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;PODIATRIST;;0;false;home=yes",
                        "activities.csv:2: codes: home måste vara true eller false: 'yes'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;visit=FIRST",
                        "activities.csv:2: codes: visit måste vara NEW eller RETURN: 'FIRST'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;drg=123|los=2.5",
                        "activities.csv:2: codes: los måste vara ett helt antal dagar ≥ 0: '2.5'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;los=-1",
                        "activities.csv:2: codes: los måste vara ett helt antal dagar ≥ 0: '-1'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;event=END",
                        "activities.csv:2: codes: event måste vara START, FOLLOWUP eller REOPERATION: 'END'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;prom=much",
                        "activities.csv:2: codes: prom måste vara ett tal: 'much'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DENTIST;;0;false;high_need=1",
                        "activities.csv:2: codes: high_need måste vara true eller false: '1'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;riskfour",
                        "activities.csv:2: codes: felaktig kod 'riskfour' (förväntade nyckel=värde)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;risk=1|risk=2",
                        "activities.csv:2: codes: koden 'risk' förekommer två gånger"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;drg=",
                        "activities.csv:2: codes: koden 'drg' saknar värde"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;colour=red",
                        "activities.csv:2: codes: okänd kod 'colour' " + CODES_KNOWN),
                arguments(ImportFileType.COSTS, UNIT + ";2020-03;FOOD;100;",
                        "costs.csv:2: category: okänd kostnadskategori 'FOOD' (förväntade DRUGS, LAB, XRAY, LOF_LOL,"
                                + " FOOT_CARE, MUNICIPAL_SERVICES, PATIENT_TRANSPORT, OTHER)"),
                arguments(ImportFileType.COSTS, UNIT + ";2020-13;LAB;100;",
                        "costs.csv:2: period: inte en period (ÅÅÅÅ-MM): '2020-13'"),
                arguments(ImportFileType.COSTS, "SE-X;2020-03;LAB;100;", "costs.csv:2: hsa_id: okänd enhet 'SE-X'"),
                arguments(ImportFileType.CNI_UNITS, UNIT + ";2020-01;-1;0;0;0;0;0;0;0;0;0",
                        "cni_units.csv:2: population: negativ befolkning"),
                arguments(ImportFileType.CNI_UNITS, UNIT + ";2020-01;1000;2000;0;0;0;0;0;0;0;0",
                        "cni_units.csv:2: n_under5: antalet 2000 är större än befolkningen 1000"),
                arguments(ImportFileType.CNI_UNITS, UNIT + ";2020-01;1000;0;0;0;0;0;0;0;x;0",
                        "cni_units.csv:2: index: inte ett tal: 'x'"),
                arguments(ImportFileType.INDICATORS, UNIT + ";2020-01;PHONE_ACCESS;K;1;2",
                        "indicators.csv:2: sex: okänt kön 'K' (förväntade F, M)"),
                arguments(ImportFileType.INDICATORS, UNIT + ";2020-01;PHONE_ACCESS;;1;-2",
                        "indicators.csv:2: denominator: negativ nämnare"),
                arguments(ImportFileType.PENALTIES, UNIT + ";2020-05-12;-2;late",
                        "penalties.csv:2: weeks: negativt antal veckor"),
                arguments(ImportFileType.PENALTIES, UNIT + ";12/5/2020;2;late",
                        "penalties.csv:2: decided: inte ett datum (ÅÅÅÅ-MM-DD): '12/5/2020'"));
    }

    @ParameterizedTest
    @MethodSource("badRows")
    void reportsTheRow(ImportFileType type, String row, String expected) {
        Fixture fixture = new Fixture();
        ImportResult result = fixture.read(type, row);
        assertEquals(List.of(expected), Fixture.report(result));
        assertEquals(List.of(), fixture.received);
    }
}
