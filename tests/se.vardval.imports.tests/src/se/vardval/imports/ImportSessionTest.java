package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;

/** Files of one import refer to each other in dependency order; the directory and file names resolve to file types. */
class ImportSessionTest {

    private final Fixture fixture = new Fixture();

    @Test
    void laterFilesReferToKeysOfEarlierErrorFreeFiles() {
        assertEquals(List.of(),
                Fixture.report(fixture.read(ImportFileType.PROVIDERS, "212000-0191;Kommunalförbundet;MUNICIPAL")));
        assertEquals(List.of(),
                Fixture.report(fixture.read(ImportFileType.UNITS, "SE-E7;Hammarstrand;212000-0191;2303;")));
        assertEquals(List.of(),
                Fixture.report(fixture.read(ImportFileType.CONTRACTS, "K7;halsoval;212000-0191;SE-E7;2020-01-01;")));
        assertEquals(List.of(),
                Fixture.report(fixture.read(ImportFileType.SUPPLEMENTARY, "K7;ASYL;Asyl;120000;2020-01-01;")));
        assertEquals(List.of(), Fixture.report(fixture.read(ImportFileType.PERSONS, "19850101-1244;;;2303;;;")));
        assertEquals(List.of(), Fixture.report(fixture.read(ImportFileType.ACTIVITIES,
                "A9;halsoval;19850101-1244;SE-E7;2020-01-10;PHYSICAL;DOCTOR;;0;;")));
    }

    @Test
    void keysOfAFileWithErrorsAreNotDefined() {
        fixture.read(ImportFileType.UNITS, "SE-E7;Hammarstrand;556677-8899;2303;", "SE-E8;Bad;556677-8899;23;");
        assertEquals(List.of("penalties.csv:2: hsa_id: okänd enhet 'SE-E7'"),
                Fixture.report(fixture.read(ImportFileType.PENALTIES, "SE-E7;2020-01-10;1;late")));
    }

    @Test
    void everyRowNamingAnUnknownUnitOrVardvalIsReported() {
        assertEquals(List.of("listings.csv:2: hsa_id: okänd enhet 'SE-X'",
                "listings.csv:4: care_choice: okänt vårdval 'tandvard'", "listings.csv:4: hsa_id: okänd enhet 'SE-X'"),
                Fixture.report(fixture.read(ImportFileType.LISTINGS, "19121212-1212;halsoval;SE-X;2020-01-01;;",
                        "19850101-1244;halsoval;SE2321000206-E1;2020-01-01;;",
                        "19850101-1236;tandvard;SE-X;2020-01-01;;",
                        "19121272-1235;halsoval;SE2321000206-E1;2020-01-01;;")));
    }

    @Test
    void theRowsOfAFileShareOneTextOfEachVardvalAndUnitTheyName() {
        assertEquals(List.of(), Fixture.report(fixture.read(ImportFileType.LISTINGS,
                "19121212-1212;halsoval;SE2321000206-E1;2020-01-01;;",
                "19850101-1244;halsoval;SE2321000206-E1;2020-01-01;;")));
        Listing first = (Listing) fixture.received.get(0);
        Listing second = (Listing) fixture.received.get(1);

        assertSame(first.careChoice(), second.careChoice());
        assertSame(first.hsaId(), second.hsaId());
    }

    @Test
    void acceptsSamordningsnummerAndOutOfCountyPersons() {
        assertEquals(List.of(), Fixture.report(fixture.read(ImportFileType.PERSONS, "19121272-1235;;;2380;;;")));
        Person person = (Person) fixture.received.get(0);
        assertEquals("1912-12-12", person.birthDate().toString());
        assertEquals(List.of(), Fixture.report(fixture.read(ImportFileType.ACTIVITIES,
                "A1;halsoval;19850101-1236;SE2321000206-E1;2020-01-10;PHONE_PRESCRIPTION;NURSE;;0;true;")));
    }

    @Test
    void resolvesFileTypesFromNames() {
        assertEquals(Optional.of(ImportFileType.UNITS), ImportFileType.forFileName("Units.CSV"));
        assertEquals(Optional.of(ImportFileType.CNI_UNITS), ImportFileType.forFileName("cni_units.csv"));
        assertEquals(Optional.of(ImportFileType.ACTIVITIES), ImportFileType.forFileName("activities-2020-03.csv"));
        assertEquals(Optional.empty(), ImportFileType.forFileName("activitieslist.csv"));
        assertEquals(Optional.empty(), ImportFileType.forFileName("units.txt"));
        assertEquals(ImportFileType.PROVIDERS, ImportFileType.importOrder().get(0));
        assertEquals(ImportFileType.PENALTIES, ImportFileType.importOrder().get(10));
    }

    @Test
    void scansADirectoryInImportOrder(@TempDir Path dir) throws IOException {
        for (String name : List.of("activities-2020-02.csv", "activities-2020-01.csv", "persons.csv", "units.csv",
                "providers.csv", "notes.txt")) {
            Files.writeString(dir.resolve(name), "");
        }
        ImportDirectory scanned = ImportDirectory.scan(dir);
        assertEquals(List.of("providers.csv", "units.csv", "persons.csv", "activities-2020-01.csv",
                "activities-2020-02.csv"),
                scanned.files().stream().map(f -> f.path().getFileName().toString()).toList());
        assertEquals(List.of(dir.resolve("notes.txt")), scanned.unrecognised());
    }
}
