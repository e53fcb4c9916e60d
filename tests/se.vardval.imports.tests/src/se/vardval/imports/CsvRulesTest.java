package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;

/** The common rules of data-formats.md: encoding, header, separators, line numbers and reporting every bad row. */
class CsvRulesTest {

    private final Fixture fixture = new Fixture();

    @Test
    void acceptsByteOrderMarkColumnsInAnyOrderAndCaseAndExtraColumns() {
        ImportResult result = fixture.read("providers.csv", ImportFileType.PROVIDERS,
                "\uFEFFOwnership;X_Comment;NAME;Org_Nr\r\nPRIVATE;anything;Hälsa AB;556677-8899\r\n");
        assertEquals(List.of(), Fixture.report(result));
        assertEquals(List.of(new Provider("5566778899", "Hälsa AB", Ownership.PRIVATE)), fixture.received);
    }

    @Test
    void optionalColumnsMayBeLeftOut() {
        ImportResult result = fixture.read("persons.csv", ImportFileType.PERSONS, "municipality;person_id\n2380;191212121212\n");
        assertTrue(result.ok());
        assertEquals("191212121212", ((Person) fixture.received.get(0)).personId());
    }

    @Test
    void reportsUnknownDuplicateAndMissingColumns() {
        ImportResult result = fixture.read("providers.csv", ImportFileType.PROVIDERS,
                "org_nr;name;owner;name\n556677-8899;A;PRIVATE;A\n");
        assertEquals(List.of(
                "providers.csv:1: owner: okänd kolumn (förväntade org_nr;name;ownership eller ett namn som börjar med"
                + " x_)",
                "providers.csv:1: name: kolumnen förekommer två gånger", "providers.csv:1: ownership: kolumnen saknas"),
                Fixture.report(result));
        assertEquals(0, result.rows());
    }

    @Test
    void reportsAnEmptyFile() {
        assertEquals(List.of("units.csv:1: header: filen är tom, förväntade rubrikraden"
                + " hsa_id;name;org_nr;municipality;catchment_population"),
                Fixture.report(fixture.read("units.csv", ImportFileType.UNITS, "")));
    }

    @Test
    void acceptsDecimalCommaAndPoint() {
        fixture.read(ImportFileType.PERSONS, "19121212-1212;;;2380;;12,5;", "19850101-1244;;;2380;;7.25;");
        assertEquals(new BigDecimal("12.5"), ((Person) fixture.received.get(0)).distanceKm());
        assertEquals(new BigDecimal("7.25"), ((Person) fixture.received.get(1)).distanceKm());
    }

    @Test
    void reportsEveryBadRowWithItsPhysicalLine() {
        ImportResult result = fixture.read("providers.csv", ImportFileType.PROVIDERS, """
                org_nr;name;ownership
                556677-8899;"Hälsa
                AB";PRIVATE

                556677-8898;B;PRIVATE
                212000-0191;C;PUBLIC
                212000-0191;;
                232100-0214;D
                """);
        assertEquals(List.of("providers.csv:5: org_nr: felaktig kontrollsiffra i organisationsnumret '556677-8898'",
                "providers.csv:6: ownership: okänd driftform 'PUBLIC' (förväntade REGION_RUN, PRIVATE, MUNICIPAL,"
                + " OTHER)",
                "providers.csv:7: name: värde saknas", "providers.csv:7: ownership: värde saknas",
                "providers.csv:8: row: 2 fält men rubrikraden har 3"), Fixture.report(result));
        assertEquals(5, result.rows());
        assertFalse(result.ok());
        assertEquals(List.of(new Provider("5566778899", "Hälsa\nAB", Ownership.PRIVATE)), fixture.received,
                "records before the first error only");
    }

    @Test
    void refusesAFileWhoseQuoteIsNotClosedAtTheLineTheRecordStarts() {
        ImportResult result = fixture.read("providers.csv", ImportFileType.PROVIDERS, """
                org_nr;name;ownership
                556677-8899;"Hälsa
                AB";PRIVATE
                212000-0191;"Region;REGION_RUN
                232100-0214;D;PRIVATE
                """);
        assertEquals(List.of("providers.csv:4: row: oläslig CSV: ett citattecken (\") öppnar ett fält som aldrig"
                + " stängs"), Fixture.report(result));
        assertFalse(result.ok());
    }

    @Test
    void refusesAFileWithTextAfterAClosingQuote() {
        ImportResult result = fixture.read("providers.csv", ImportFileType.PROVIDERS,
                "org_nr;name;ownership\n556677-8899;\"Hälsa\" AB;PRIVATE\n");
        assertEquals(List.of("providers.csv:2: row: oläslig CSV: text efter ett fälts avslutande citattecken (\");"
                + " ett citattecken i ett fält skrivs dubbelt (\"\")"), Fixture.report(result));
    }

    @Test
    void reportsADuplicateKeyWithOtherContentAndPassesAnIdenticalRowOnce() {
        ImportResult result = fixture.read(ImportFileType.PROVIDERS, "556677-8899;A;PRIVATE", "5566778899;A;PRIVATE",
                "556677-8899;B;PRIVATE");
        assertEquals(List.of("providers.csv:4: org_nr: dubblett av rad 2 med annat innehåll"),
                Fixture.report(result));
        assertEquals(1, fixture.received.size());
    }

    @Test
    void reportsAContractWithTwoProviders() {
        fixture.providers.add("2321000214");
        ImportResult result = fixture.read(ImportFileType.CONTRACTS,
                "K2;halsoval;556677-8899;SE2321000206-E1;2020-01-01;",
                "K2;halsoval;232100-0214;" + Fixture.OTHER_PROVIDERS_UNIT + ";2020-01-01;");
        assertEquals(List.of("contracts.csv:3: contract_id: avtalet 'K2' har en annan care_choice eller org_nr på rad"
                + " 2"),
                Fixture.report(result));
    }

    @Test
    void reportsTextThatIsNotUtf8() {
        byte[] bytes = "org_nr;name;ownership\n556677-8899;H\u00e4lsa;PRIVATE\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("providers.csv:2: name: inte UTF-8-text"),
                Fixture.report(fixture.read("providers.csv", ImportFileType.PROVIDERS, bytes)));
    }

    @Test
    void reportsProgressWithTheBytesRead() throws IOException {
        StringBuilder text = new StringBuilder("person_id;municipality\n");
        for (int i = 0; i < 25_000; i++) {
            text.append("19121212-1212;2380\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        List<long[]> updates = new ArrayList<>();
        ImportResult result = new ImportSession(fixture, List.of()).read("persons.csv", new ByteArrayInputStream(bytes),
                bytes.length, ImportFileType.PERSONS, new ImportSink() {
                }, (rows, done, total) -> updates.add(new long[] { rows, done, total }));
        assertTrue(result.ok());
        assertEquals(List.of(10_000L, 20_000L, 25_000L), updates.stream().map(u -> u[0]).toList());
        long[] last = updates.get(updates.size() - 1);
        assertEquals(bytes.length, last[1]);
        assertEquals(bytes.length, last[2]);
    }
}
