package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RejectedFileError;
import se.vardval.core.service.UserError;
import se.vardval.core.store.FileProblem;

/**
 * A CSV table imported into a table parameter of a draft: rows into an array of objects, codes and values into a
 * map, cells typed like the table's first row; every bad row named by file, line and column, and nothing changed.
 */
class TableImportTest {

    private static final String PARAMETERS = """
            {"krPerListed": 100,
             "prices": [{"code": "A", "kr": 10.5, "days": 2, "active": true}],
             "weights": {"X": 1.5},
             "groups": {"areas": {}}}
            """;

    @TempDir
    Path dir;

    private InMemoryWorld world;
    private RulebookManager rulebooks;

    @BeforeEach
    void world() throws IOException {
        world = new InMemoryWorld();
        JsonNode parameters = new ObjectMapper().readTree(PARAMETERS);
        world.rulebooks.put("demo2021", new Rulebook("demo", "counting", 2021, RulebookStatus.DRAFT, null,
                parameters));
        world.rulebooks.put("demo2020", new Rulebook("demo", "counting", 2020, RulebookStatus.DECIDED, "RS 1",
                parameters));
        rulebooks = new RulebookManager(world, world.masterData, world.rulebookStore, TestUsers.ACCESS);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private JsonNode stored(String parameter) {
        return world.rulebooks.get("demo2021").parameters().get(parameter);
    }

    @Test
    void rowsBecomeObjectsTypedLikeTheFirstRowAndReplaceTheTable() throws IOException {
        Path csv = file("prices.csv", "\uFEFFKR;code;x_note;days;Active\n12,50;B;ignored;3;false\n\n7;C;;1;TRUE\n");

        rulebooks.importTable("demo", 2021, "prices", csv, "anna");

        assertEquals("[{\"code\":\"B\",\"kr\":12.50,\"days\":3,\"active\":false},"
                + "{\"code\":\"C\",\"kr\":7,\"days\":1,\"active\":true}]", stored("prices").toString());
    }

    @Test
    void codesAndValuesBecomeAMapAndANestedEmptyMapInfersTheValues() throws IOException {
        rulebooks.importTable("demo", 2021, "weights", file("drg.csv", "drg;weight\n302O;1.874\n102O;0,512\n"),
                "anna");
        assertEquals("{\"302O\":1.874,\"102O\":0.512}", stored("weights").toString());

        rulebooks.importTable("demo", 2021, "parameters.groups.areas", file("areas.csv", "area;group\n2380A;2\n"),
                "anna");
        assertEquals("{\"areas\":{\"2380A\":2}}", stored("groups").toString());
    }

    @Test
    void everyBadRowIsReportedAndNothingChanges() throws IOException {
        Path csv = file("prices.csv", "code;kr;days;active\nB;abc;1;true\nC;5;x;yes\nD;5;1\n;5;1;true\n");

        RejectedFileError e = assertThrows(RejectedFileError.class,
                () -> rulebooks.importTable("demo", 2021, "prices", csv, "anna"));

        assertEquals("""
                prices.csv avvisades; förfrågningsunderlaget för demo 2021 är oförändrat:
                  prices.csv:2: kr: inte ett tal: 'abc'
                  prices.csv:3: days: inte ett tal: 'x'
                  prices.csv:3: active: måste vara true eller false: 'yes'
                  prices.csv:4: row: 3 fält men rubrikraden har 4
                  prices.csv:5: code: tomt värde""", e.getMessage());
        assertEquals(new FileProblem("prices.csv", 3, "days", "inte ett tal: 'x'"), e.problems().get(1));
        assertEquals(4, FileProblem.rowsNamedBy(e.problems()));
        assertEquals("[{\"code\":\"A\",\"kr\":10.5,\"days\":2,\"active\":true}]", stored("prices").toString());
    }

    @Test
    void theHeaderMustNameEachFieldOnceAndACodeOnlyOnce() throws IOException {
        UserError header = assertThrows(UserError.class, () -> rulebooks.importTable("demo", 2021, "prices",
                file("prices.csv", "code;kr;price;kr\nB;1;1;1\n"), "anna"));
        assertEquals("""
                prices.csv avvisades; förfrågningsunderlaget för demo 2021 är oförändrat:
                  prices.csv:1: price: okänd kolumn (förväntade code;kr;days;active eller ett namn som börjar med x_)
                  prices.csv:1: kr: kolumnen förekommer två gånger
                  prices.csv:1: days: kolumnen saknas
                  prices.csv:1: active: kolumnen saknas""", header.getMessage());

        UserError twice = assertThrows(UserError.class, () -> rulebooks.importTable("demo", 2021, "weights",
                file("drg.csv", "drg;weight\n302O;1\n302O;2\n"), "anna"));
        assertEquals("drg.csv avvisades; förfrågningsunderlaget för demo 2021 är oförändrat:\n"
                + "  drg.csv:3: drg: koden '302O' förekommer två gånger (först på rad 2)", twice.getMessage());
    }

    @Test
    void theModelsProblemsWithARowAreNamedByItsLine() throws IOException {
        RejectedFileError e = assertThrows(RejectedFileError.class, () -> rulebooks.importTable("demo", 2021,
                "prices", file("prices.csv", "code;kr;days;active\nB;1;1;true\nC;-5;1;true\n"), "anna"));

        assertEquals("prices.csv avvisades; förfrågningsunderlaget för demo 2021 är oförändrat:\n"
                + "  prices.csv:3: kr: must be >= 0", e.getMessage());
        assertEquals(List.of(new FileProblem("prices.csv", 3, "kr", "must be >= 0")), e.problems());
        assertEquals(10.5, stored("prices").get(0).get("kr").doubleValue());
    }

    @Test
    void onlyAnAdministratorImportsAndOnlyIntoADraftTable() throws IOException {
        Path csv = file("prices.csv", "code;kr;days;active\nB;1;1;true\n");
        assertEquals("olle får inte redigera förfrågningsunderlag i demo: det kräver rollen administratör för demo;"
                + " olle är"
                + " läsbehörig", assertThrows(UserError.class,
                () -> rulebooks.importTable("demo", 2021, "prices", csv, "olle")).getMessage());
        assertEquals("förfrågningsunderlaget för demo 2020 är beslutat (RS 1) och kan inte ändras; gör i stället ett"
                + " utkast för 2021 utifrån det",
                assertThrows(UserError.class, () -> rulebooks.importTable("demo", 2020, "prices", csv, "anna"))
                        .getMessage());
        assertEquals("'krPerListed' är ingen tabellparameter i förfrågningsunderlaget för demo 2021", assertThrows(
                UserError.class, () -> rulebooks.importTable("demo", 2021, "krPerListed", csv, "anna")).getMessage());
        assertEquals("filen finns inte: " + dir.resolve("none.csv"), assertThrows(UserError.class,
                () -> rulebooks.importTable("demo", 2021, "prices", dir.resolve("none.csv"), "anna")).getMessage());
    }

    @Test
    void aDirectoryOrAFileThatIsNotUtf8IsRefusedOnOneLineAndNothingChanges() throws IOException {
        JsonNode before = stored("prices");
        Path latin1 = Files.write(dir.resolve("prices.csv"), "code;kr;days;active\nÅ;1;1;true\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertEquals(dir + " är en katalog, inte en CSV-fil", assertThrows(UserError.class,
                () -> rulebooks.importTable("demo", 2021, "prices", dir, "anna")).getMessage());
        assertEquals("prices.csv är inte UTF-8-text; spara den som UTF-8 och importera den igen", assertThrows(
                UserError.class, () -> rulebooks.importTable("demo", 2021, "prices", latin1, "anna")).getMessage());
        assertEquals(before, stored("prices"));
    }
}
