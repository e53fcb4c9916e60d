package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.vardval.core.store.ImportFileContribution;
import se.vardval.core.store.ImportRow;

/** A file a plugin contributes is read by the common rules, its rows parsed by the plugin and reported alike. */
class ContributedFileTest {

    /** A plugin's {@code visits_note.csv}: an id, a known person and unit, a date, a count 1–9 and optional text. */
    record Note(String id, String personId, String hsaId, LocalDate day, int count, String text) {
    }

    static final ImportFileContribution<Note> NOTES = new ImportFileContribution<>() {
        @Override
        public String fileName() {
            return "visits_note.csv";
        }

        @Override
        public List<String> columns() {
            return List.of("note_id", "person_id", "hsa_id", "day", "count", "text");
        }

        @Override
        public Set<String> requiredColumns() {
            return Set.of("note_id", "person_id", "hsa_id", "day", "count");
        }

        @Override
        public Note parse(ImportRow row) {
            String id = row.required("note_id");
            String person = row.knownPerson("person_id");
            String unit = row.knownUnit("hsa_id");
            LocalDate day = row.date("day");
            Integer count = row.wholeNumber("count", 1, 9);
            String text = row.optional("text", t -> {
                if (t.length() > 5) {
                    throw new IllegalArgumentException("longer than 5 characters");
                }
                return t;
            });
            return id == null || person == null || unit == null || day == null || count == null ? null
                    : new Note(id, person, unit, day, count, text);
        }

        @Override
        public List<Object> naturalKey(Note note) {
            return List.of(note.id());
        }

        @Override
        public void store(Connection connection, List<Note> records) {
            throw new UnsupportedOperationException("the import session only reads");
        }
    };

    private final Fixture fixture = new Fixture();

    private ImportResult read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return fixture.session.read("visits_note.csv", new ByteArrayInputStream(bytes), bytes.length, NOTES,
                new ImportSink() {
                    @Override
                    public void contributed(Object record, long line) {
                        fixture.received.add(record);
                    }
                }, (rows, done, total) -> {
                });
    }

    @Test
    void validRowsBecomeThePluginsRecordsWithNormalisedPersonIds() throws IOException {
        ImportResult result = read("NOTE_ID;person_id;hsa_id;day;count;x_comment\n"
                + "N1;19121212-1212;SE2321000206-E1;2020-03-01;3;a\n"
                + "N1;19121212-1212;SE2321000206-E1;2020-03-01;3;a\n");
        assertEquals(List.of(), Fixture.report(result));
        assertNull(result.type());
        assertEquals(2, result.rows());
        assertEquals(List.of(new Note("N1", "191212121212", "SE2321000206-E1", LocalDate.of(2020, 3, 1), 3, null)),
                fixture.received);
    }

    @Test
    void everyBadRowIsReportedAsFileLineColumnReason() throws IOException {
        ImportResult result = read("note_id;person_id;hsa_id;day;count;text\n"
                + "N1;19121212-1212;SE2321000206-E1;2020-03-01;3;ok\n"
                + ";19850101-1236;SE-X;2020-02-30;10;too long\n"
                + "N1;19121212-1212;SE2321000206-E2;2020-03-01;3;\n");
        assertEquals(List.of("visits_note.csv:3: note_id: värde saknas",
                "visits_note.csv:3: person_id: okänd person (finns inte i persons.csv)",
                "visits_note.csv:3: hsa_id: okänd enhet 'SE-X'",
                "visits_note.csv:3: day: inte ett datum (ÅÅÅÅ-MM-DD): '2020-02-30'",
                "visits_note.csv:3: count: måste vara från 1 till och med 9: '10'",
                "visits_note.csv:3: text: longer than 5 characters",
                "visits_note.csv:4: note_id: dubblett av rad 2 med annat innehåll"), Fixture.report(result));
        assertTrue(!result.ok());
    }

    @Test
    void theHeaderIsCheckedAgainstThePluginsColumns() throws IOException {
        assertEquals(List.of("visits_note.csv:1: colour: okänd kolumn (förväntade"
                + " note_id;person_id;hsa_id;day;count;text eller ett namn som börjar med x_)",
                "visits_note.csv:1: count: kolumnen saknas"),
                Fixture.report(read("note_id;person_id;hsa_id;day;colour\n")));
    }

    @Test
    void aPluginsFileNameMatchesWithASuffixLikeTheContractsFiles() {
        assertTrue(ImportFileType.standsFor("Visits_Note-2020.CSV", "visits_note.csv"));
        assertTrue(ImportFileType.standsFor("visits_note_march.csv", "visits_note.csv"));
        assertTrue(!ImportFileType.standsFor("visits_notes.csv", "visits_note.csv"));
        assertTrue(!ImportFileType.standsFor("visits_note.txt", "visits_note.csv"));
    }
}
