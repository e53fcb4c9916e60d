package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;

/**
 * A file's rows are checked against each other and handed to the sink on a thread of their own while the next rows
 * are read: the sink gets them in file order, stops at the first bad row as when one thread reads, and its failure
 * ends the read with that failure.
 */
class CheckingThreadTest {

    private static final int PERSONS = 10_000;

    private final Fixture fixture = new Fixture();

    private static String person(int i) {
        String date = "19" + (10 + i / 1000) + "0101";
        String serial = String.format("%03d", i % 1000);
        return date + "-" + serial + PersonId.checkDigit(date.substring(2) + serial);
    }

    private static String[] persons(int count) {
        return IntStream.range(0, count).mapToObj(i -> person(i) + ";;;2380;;;").toArray(String[]::new);
    }

    @Test
    void theSinkGetsEveryRowOfABigFileInFileOrder() {
        ImportResult result = fixture.read(ImportFileType.PERSONS, persons(PERSONS));

        assertEquals(List.of(), Fixture.report(result));
        List<String> expected = IntStream.range(0, PERSONS).mapToObj(i -> person(i).replace("-", "")).toList();
        assertEquals(expected, fixture.received.stream().map(p -> ((Person) p).personId()).toList());
    }

    @Test
    void theSinkGetsTheRowsBeforeTheFirstBadOneWhereverItIs() {
        String[] rows = persons(PERSONS);
        rows[7_000] = "19850101-0000;;;2380;;;";
        rows[3_000] = rows[3_001];

        ImportResult result = fixture.read(ImportFileType.PERSONS, rows);

        assertFalse(result.ok());
        assertEquals(List.of("persons.csv:7002: person_id: felaktig kontrollsiffra i personnumret '19850101-0000'"),
                Fixture.report(result));
        assertEquals(6_999, fixture.received.size(), "the rows before line 7002, the repeated one once");
    }

    @Test
    void aFailureOfTheSinkEndsTheReadWithIt() {
        IllegalStateException refused = new IllegalStateException("the database refused the load");
        List<Object> received = new ArrayList<>();
        ImportSink failing = new ImportSink() {
            @Override
            public void person(Person person, long line) {
                if (line == 5_000) {
                    throw refused;
                }
                received.add(person);
            }
        };
        byte[] file = (String.join(";", ImportFileType.PERSONS.columns()) + "\n" + String.join("\n", persons(PERSONS))
                + "\n").getBytes(StandardCharsets.UTF_8);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> fixture.session.read("persons.csv", new ByteArrayInputStream(file), file.length,
                        ImportFileType.PERSONS, failing, (rows, done, total) -> {
                        }));

        assertSame(refused, thrown);
        assertEquals(4_998, received.size());
    }
}
