package se.vardval.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.store.ImportService.FileResult;

/** A rejected file counts its bad rows once each, however many problems a row has; problems read as reports. */
class FileResultTest {

    @Test
    void countsEachBadRowOnce() {
        FileResult result = new FileResult("listings.csv", 0, List.of(
                new FileProblem("listings.csv", 3, "person_id", "felaktig kontrollsiffra i personnumret '191212121213'"),
                new FileProblem("listings.csv", 4, "hsa_id", "okänd enhet 'SE9999'"),
                new FileProblem("listings.csv", 4, "valid_from", "inte ett datum (ÅÅÅÅ-MM-DD): '2020-13-01'"),
                new FileProblem("listings.csv", 14, "assigned", "inte true eller false: 'maybe'")));
        assertFalse(result.accepted());
        assertEquals(3, result.badRows());
    }

    @Test
    void aFileRefusedWholeNamesNoRow() {
        FileResult result = new FileResult("notes.csv", 0,
                List.of(FileProblem.ofFile("notes.csv", "inte en av importens filer (förväntade en av providers.csv)")));
        assertFalse(result.accepted());
        assertEquals(0, result.badRows());
    }

    @Test
    void anAcceptedFileHasNoBadRow() {
        FileResult result = new FileResult("units.csv", 240, List.of());
        assertTrue(result.accepted());
        assertEquals(0, result.badRows());
    }

    @Test
    void aProblemReadsAsFileLineColumnAndReasonOrFileAndReason() {
        assertEquals("units.csv:7: org_nr: okänd vårdgivare '5566778899'",
                new FileProblem("units.csv", 7, "org_nr", "okänd vårdgivare '5566778899'").toString());
        assertEquals("units.csv: kan inte läsas: Permission denied",
                FileProblem.ofFile("units.csv", "kan inte läsas: Permission denied").toString());
    }

    @Test
    void aProblemOfTheWholeFileNamesNoColumn() {
        assertThrows(IllegalArgumentException.class, () -> new FileProblem("units.csv", 0, "org_nr", "fel"));
    }
}
