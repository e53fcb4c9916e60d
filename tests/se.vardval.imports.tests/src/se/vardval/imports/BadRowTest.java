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
    private static final String CODES_KNOWN = "(known: referral, risk, home, visit, drg, los, episode, event, prom,"
            + " emergency, high_need; others must start with x_)";

    static Stream<Arguments> badRows() {
        return Stream.of(
                arguments(ImportFileType.PROVIDERS, "556677-8898;X;PRIVATE",
                        "providers.csv:2: org_nr: wrong check digit in '556677-8898'"),
                arguments(ImportFileType.PROVIDERS, "12345;X;PRIVATE",
                        "providers.csv:2: org_nr: not an organisationsnummer (NNNNNN-NNNN): '12345'"),
                arguments(ImportFileType.PROVIDERS, ";X;PRIVATE", "providers.csv:2: org_nr: missing value"),
                arguments(ImportFileType.PROVIDERS, "556677-8899;X;PUBLIC",
                        "providers.csv:2: ownership: unknown ownership 'PUBLIC' (expected REGION_RUN, PRIVATE,"
                                + " MUNICIPAL, OTHER)"),
                arguments(ImportFileType.UNITS, "SE-E3;A;556677-8899;2380;-5",
                        "units.csv:2: catchment_population: negative catchment"),
                arguments(ImportFileType.UNITS, "SE-E3;A;556677-8899;2380;5,5",
                        "units.csv:2: catchment_population: not a whole number: '5,5'"),
                arguments(ImportFileType.UNITS, "SE-E3;A;212000-0191;2380;5",
                        "units.csv:2: org_nr: unknown provider '212000-0191'"),
                arguments(ImportFileType.UNITS, "SE-E3;A;556677-8899;238;5",
                        "units.csv:2: municipality: not a municipality code (4 digits): '238'"),
                arguments(ImportFileType.CONTRACTS, "K2;fotvard;556677-8899;" + UNIT + ";2020-01-01;",
                        "contracts.csv:2: care_choice: unknown care choice 'fotvard'"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;SE-X;2020-01-01;",
                        "contracts.csv:2: hsa_id: unknown unit 'SE-X'"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;" + UNIT + ";2020-02-30;",
                        "contracts.csv:2: valid_from: not a date (YYYY-MM-DD): '2020-02-30'"),
                arguments(ImportFileType.CONTRACTS, "K2;halsoval;556677-8899;" + UNIT + ";2020-05-01;2020-04-30",
                        "contracts.csv:2: valid_to: 2020-04-30 is before valid_from 2020-05-01"),
                arguments(ImportFileType.SUPPLEMENTARY, "K9;ASYL;Asyl;1000;2020-01-01;",
                        "supplementary.csv:2: contract_id: unknown contract 'K9'"),
                arguments(ImportFileType.SUPPLEMENTARY, "K1;ASYL;Asyl;-1000;2020-01-01;",
                        "supplementary.csv:2: annual_amount: negative annual amount"),
                arguments(ImportFileType.SUPPLEMENTARY, "K1;ASYL;Asyl;12 000;2020-01-01;",
                        "supplementary.csv:2: annual_amount: not a number: '12 000'"),
                arguments(ImportFileType.PERSONS, "19121212-1213;;;2380;;;",
                        "persons.csv:2: person_id: wrong check digit in '19121212-1213'"),
                arguments(ImportFileType.PERSONS, "19121312-1212;;;2380;;;",
                        "persons.csv:2: person_id: impossible date in '19121312-1212'"),
                arguments(ImportFileType.PERSONS, "19121212-1212;1912-12-13;;2380;;;",
                        "persons.csv:2: birth_date: 1912-12-13 disagrees with person_id (1912-12-12)"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;F;2380;;;",
                        "persons.csv:2: sex: F disagrees with person_id (M)"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;X;2380;;;",
                        "persons.csv:2: sex: unknown sex 'X' (expected F, M)"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;;2380;;-3;",
                        "persons.csv:2: distance_km: negative distance"),
                arguments(ImportFileType.PERSONS, "19121212-1212;;;2380;;;UNDER5|POOR",
                        "persons.csv:2: cni_flags: unknown CNI flag 'POOR' (expected UNDER5, FOREIGN_BORN, OLD_ALONE,"
                                + " SINGLE_PARENT, MOVED_IN, UNEMPLOYED, LOW_EDUCATION)"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + UNIT + ";2020-01-01;;maybe",
                        "listings.csv:2: assigned: not true or false: 'maybe'"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;halsoval;" + UNIT + ";2020-01;;",
                        "listings.csv:2: valid_from: not a date (YYYY-MM-DD): '2020-01'"),
                arguments(ImportFileType.LISTINGS, "19121212-1212;tandvard;" + UNIT + ";2020-01-01;;",
                        "listings.csv:2: care_choice: unknown care choice 'tandvard'"),
                arguments(ImportFileType.ACTIVITIES,
                        "A1;halsoval;19850101-1244;" + UNIT + ";2020-02-03;PHYSICAL;DOCTOR;;200;false;",
                        "activities.csv:2: person_id: unknown person (not in persons.csv and not out_of_county)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "VIDEO;DOCTOR;;200;false;",
                        "activities.csv:2: contact_type: unknown contact type 'VIDEO' (expected PHYSICAL, HOME, PHONE,"
                                + " DIGITAL, PHONE_PRESCRIPTION)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;SURGEON;;200;false;",
                        "activities.csv:2: profession: unknown profession 'SURGEON' (expected DOCTOR, NURSE, PHYSIO,"
                                + " PSYCHOLOGIST, DENTIST, DENTAL_HYGIENIST, PODIATRIST, OTHER)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;-200;false;",
                        "activities.csv:2: patient_fee: negative patient fee"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;200;ja;",
                        "activities.csv:2: out_of_county: not true or false: 'ja'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;PODIATRIST;;0;false;risk=5",
                        "activities.csv:2: codes: risk must be 1..4: '5'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;PODIATRIST;;0;false;home=yes",
                        "activities.csv:2: codes: home must be true or false: 'yes'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;visit=FIRST",
                        "activities.csv:2: codes: visit must be NEW or RETURN: 'FIRST'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;drg=123|los=2.5",
                        "activities.csv:2: codes: los must be a whole number of days ≥ 0: '2.5'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;los=-1",
                        "activities.csv:2: codes: los must be a whole number of days ≥ 0: '-1'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;event=END",
                        "activities.csv:2: codes: event must be START, FOLLOWUP or REOPERATION: 'END'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;prom=much",
                        "activities.csv:2: codes: prom must be a number: 'much'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DENTIST;;0;false;high_need=1",
                        "activities.csv:2: codes: high_need must be true or false: '1'"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;riskfour",
                        "activities.csv:2: codes: malformed code 'riskfour' (expected key=value)"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;risk=1|risk=2",
                        "activities.csv:2: codes: code 'risk' given twice"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;drg=",
                        "activities.csv:2: codes: code 'drg' has no value"),
                arguments(ImportFileType.ACTIVITIES, ACTIVITY + "PHYSICAL;DOCTOR;;0;false;colour=red",
                        "activities.csv:2: codes: unknown code 'colour' " + CODES_KNOWN),
                arguments(ImportFileType.COSTS, UNIT + ";2020-03;FOOD;100;",
                        "costs.csv:2: category: unknown cost category 'FOOD' (expected DRUGS, LAB, XRAY, LOF_LOL,"
                                + " FOOT_CARE, MUNICIPAL_SERVICES, PATIENT_TRANSPORT, OTHER)"),
                arguments(ImportFileType.COSTS, UNIT + ";2020-13;LAB;100;",
                        "costs.csv:2: period: not a period (YYYY-MM): '2020-13'"),
                arguments(ImportFileType.COSTS, "SE-X;2020-03;LAB;100;", "costs.csv:2: hsa_id: unknown unit 'SE-X'"),
                arguments(ImportFileType.CNI_UNITS, UNIT + ";2020-01;-1;0;0;0;0;0;0;0;0;0",
                        "cni_units.csv:2: population: negative population"),
                arguments(ImportFileType.CNI_UNITS, UNIT + ";2020-01;1000;2000;0;0;0;0;0;0;0;0",
                        "cni_units.csv:2: n_under5: count 2000 exceeds population 1000"),
                arguments(ImportFileType.CNI_UNITS, UNIT + ";2020-01;1000;0;0;0;0;0;0;0;x;0",
                        "cni_units.csv:2: index: not a number: 'x'"),
                arguments(ImportFileType.INDICATORS, UNIT + ";2020-01;PHONE_ACCESS;K;1;2",
                        "indicators.csv:2: sex: unknown sex 'K' (expected F, M)"),
                arguments(ImportFileType.INDICATORS, UNIT + ";2020-01;PHONE_ACCESS;;1;-2",
                        "indicators.csv:2: denominator: negative denominator"),
                arguments(ImportFileType.PENALTIES, UNIT + ";2020-05-12;-2;late",
                        "penalties.csv:2: weeks: negative weeks"),
                arguments(ImportFileType.PENALTIES, UNIT + ";12/5/2020;2;late",
                        "penalties.csv:2: decided: not a date (YYYY-MM-DD): '12/5/2020'"));
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
