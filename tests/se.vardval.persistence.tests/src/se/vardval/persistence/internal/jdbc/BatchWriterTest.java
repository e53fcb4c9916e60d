package se.vardval.persistence.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.persistence.Databases;
import se.vardval.persistence.internal.jdbc.BatchWriter.RejectedRowException;

class BatchWriterTest {

    /** A listing-like row keyed by person and valid-from, with the order the database received it in. */
    private record Row(String person, LocalDate from, String unit) {
    }

    private static final class ArrivalTable extends BulkTable<Row> {

        private final boolean personLed;

        ArrivalTable() {
            this(false);
        }

        /** With {@code personLed}, the person is handed as a number, as by the person, listing and activity tables. */
        ArrivalTable(boolean personLed) {
            super("arrival", 2, "person_id", "valid_from", "hsa_id");
            this.personLed = personLed;
        }

        @Override
        protected void write(Row row, ColumnValues out) throws SQLException {
            if (personLed) {
                out.personNumber(row.person());
            } else {
                out.text(row.person());
            }
            out.date(row.from());
            out.text(row.unit());
        }

        @Override
        public Row read(ResultSet rs) throws SQLException {
            return new Row(rs.getString("person_id"), Jdbc.date(rs, "valid_from"), rs.getString("hsa_id"));
        }
    }

    private static final LocalDate JAN = LocalDate.of(2020, 1, 1);

    private DataSource dataSource;

    @BeforeEach
    void arrivalTable() throws SQLException {
        dataSource = Databases.open("jdbc:h2:mem:batch-writer-test;DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table arrival (person_id varchar(12) not null, valid_from date not null,"
                    + " hsa_id varchar(64), arrived bigint generated always as identity,"
                    + " primary key (person_id, valid_from))");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("drop table arrival");
        }
        Databases.close(dataSource);
    }

    @Test
    void writesTheRecordsInTheOrderOfTheirNaturalKey() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        LocalDate feb = LocalDate.of(2020, 2, 1);
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            writer.add(new Row("198512240002", feb, "U2"), 2);
            writer.add(new Row("202002290003", jan, "U1"), 3);
            writer.add(new Row("194001010001", feb, "U3"), 4);
            writer.add(new Row("198512240002", jan, "U1"), 5);
            writer.finish();
        }

        assertEquals(List.of("194001010001 2020-02-01", "198512240002 2020-01-01", "198512240002 2020-02-01",
                "202002290003 2020-01-01"), arrivals());
    }

    @Test
    void aRepeatedKeyKeepsTheLastRowOfTheFile() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            writer.add(new Row("198512240002", jan, "U1"), 2);
            writer.add(new Row("194001010001", jan, "U1"), 3);
            writer.add(new Row("198512240002", jan, "U2"), 4);
            writer.finish();
        }

        assertEquals("U2", unitOf("198512240002"));
    }

    @Test
    void runsWrittenBesideTheReadingKeepEveryRowAndTheLastOfARepeatedKey() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable(), 2)) {
            writer.add(new Row("198512240002", jan, "U1"), 2);
            writer.add(new Row("194001010001", jan, "U1"), 3);
            writer.add(new Row("202002290003", jan, "U1"), 4);
            writer.add(new Row("196003030003", jan, "U1"), 5);
            writer.add(new Row("198512240002", jan, "U9"), 6);
            writer.finish();
        }

        assertEquals(List.of("194001010001 2020-01-01", "198512240002 2020-01-01", "196003030003 2020-01-01",
                "202002290003 2020-01-01"), arrivals(), "each run in key order, the runs in file order");
        assertEquals("U9", unitOf("198512240002"), "the later run's row replaces the earlier run's");
    }

    @Test
    void aRowRefusedInARunWrittenBesideIsReportedAtItsLine() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable(), 2)) {
            RejectedRowException refused = assertThrows(RejectedRowException.class, () -> {
                writer.add(new Row("198512240002", jan, "U1"), 2);
                writer.add(new Row("194001010001", jan, "U".repeat(65)), 3);
                writer.add(new Row("202002290003", jan, "U1"), 4);
                writer.add(new Row("196003030003", jan, "U1"), 5);
                writer.finish();
            });
            assertEquals(3, refused.line());
        }
    }

    @Test
    void intoATableWithRowsAStoredRowIsReplacedAndTheOthersAdded() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        store("198512240002");
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            writer.add(new Row("198512240002", jan, "U2"), 2);
            writer.add(new Row("194001010001", jan, "U3"), 3);
            writer.finish();
        }

        assertEquals(List.of("198512240002 2020-01-01", "194001010001 2020-01-01"), arrivals());
        assertEquals("U2", unitOf("198512240002"));
        assertEquals("U3", unitOf("194001010001"));
    }

    @Test
    void aRowRefusedByTheInsertAndTheMergeIsReportedAtItsLineAmongRowsThatAreNot() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            writer.add(new Row("198512240002", jan, "U1"), 2);
            writer.add(new Row("198512240002", jan, "U2"), 3);
            writer.add(new Row("194001010001", jan, "U".repeat(65)), 4);
            RejectedRowException refused = assertThrows(RejectedRowException.class, writer::finish);
            assertEquals(4, refused.line());
        }
    }

    @Test
    void statementsOfManyRowsAndTheRowsLeftOverWriteEveryRowInKeyOrder() throws SQLException {
        int count = 2 * BatchWriter.ROWS_PER_STATEMENT + 50;
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            for (int i = count - 1; i >= 0; i--) {
                writer.add(new Row(person(i), JAN, "U1"), count - i + 1);
            }
            writer.finish();
        }

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(person(i) + " 2020-01-01");
        }
        assertEquals(expected, arrivals());
    }

    @Test
    void aKeyRepeatedInAStatementOfManyRowsKeepsTheLastRowOfTheFileAndTheStatementsOtherRows() throws SQLException {
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            for (int i = 0; i < 250; i++) {
                writer.add(new Row(person(i), JAN, "U1"), i + 2);
            }
            writer.add(new Row(person(40), JAN, "U2"), 252);
            writer.finish();
        }

        assertEquals(250, arrivals().size());
        assertEquals("U2", unitOf(person(40)));
        assertEquals("U1", unitOf(person(39)));
        assertEquals("U1", unitOf(person(41)));
    }

    @Test
    void intoATableWithRowsStatementsOfManyRowsReplaceTheStoredRowAndAddTheOthers() throws SQLException {
        store(person(7));

        writePersons(250, i -> "U2");

        assertEquals(250, arrivals().size());
        assertEquals("U2", unitOf(person(7)));
        assertEquals("U2", unitOf(person(249)));
    }

    @Test
    void aRowRefusedInAStatementOfManyRowsIsReportedAtItsLine() {
        RejectedRowException refused = assertThrows(RejectedRowException.class,
                () -> writePersons(250, i -> i == 120 ? "U".repeat(65) : "U1"));

        assertEquals(122, refused.line());
    }

    @Test
    void intoATableWithRowsARowRefusedInAStatementOfManyRowsIsReportedAtItsLine() throws SQLException {
        store(person(7));

        RejectedRowException refused = assertThrows(RejectedRowException.class,
                () -> writePersons(250, i -> i == 30 ? "U".repeat(65) : "U1"));

        assertEquals(32, refused.line());
    }

    /** Writes a row of January for each of the first {@code count} persons, at the unit {@code unit} gives it. */
    private void writePersons(int count, IntFunction<String> unit) throws SQLException {
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            for (int i = 0; i < count; i++) {
                writer.add(new Row(person(i), JAN, unit.apply(i)), i + 2);
            }
            writer.finish();
        }
    }

    /** Stores the person's row of January at unit U1 before the writing. */
    private void store(String person) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into arrival (person_id, valid_from, hsa_id) values ('" + person + "', date '2020-01-01',"
                    + " 'U1')");
        }
    }

    private static List<SortKey> sorted(SortKey... keys) {
        List<SortKey> sorted = new ArrayList<>(List.of(keys));
        sorted.sort(null);
        return sorted;
    }

    private static String person(int i) {
        return String.format("19%010d", i);
    }

    @Test
    void closingWithoutFinishingAbandonsTheHeldRecords() throws SQLException {
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable())) {
            writer.add(new Row("198512240002", LocalDate.of(2020, 1, 1), "U1"), 2);
        }

        assertEquals(List.of(), arrivals());
    }

    @Test
    void naturalKeysSortColumnByColumnAsTheIndexDoes() throws SQLException {
        ArrivalTable table = new ArrivalTable();
        SortKey a = table.key(new Row("1985", LocalDate.of(2021, 1, 1), "U9"));
        SortKey b = table.key(new Row("19851", LocalDate.of(2020, 1, 1), "U1"));
        SortKey c = table.key(new Row("1986", LocalDate.of(2019, 12, 31), "U1"));
        SortKey d = table.key(new Row("1986", LocalDate.of(2020, 1, 1), "U0"));

        assertEquals(List.of(a, b, c, d), sorted(d, b, c, a));
    }

    @Test
    void aLeadingPersonSortsByItsNumberThenByTheOtherKeyColumns() throws SQLException {
        ArrivalTable table = new ArrivalTable(true);
        SortKey a = table.key(new Row("194001010001", LocalDate.of(2021, 1, 1), "U9"));
        SortKey b = table.key(new Row("198512240002", LocalDate.of(2019, 12, 31), "U1"));
        SortKey c = table.key(new Row("198512240002", LocalDate.of(2020, 1, 1), "U0"));
        SortKey d = table.key(new Row("202002290003", LocalDate.of(2000, 1, 1), "U1"));

        assertEquals(List.of(a, b, c, d), sorted(d, c, a, b));
        assertEquals(198512240002L, b.leadingNumber());
        assertEquals("2019-12-31\u0000", b.rest(), "the rest holds the other key columns only");
        assertEquals(SortKey.NO_NUMBER, new ArrivalTable().key(new Row("198512240002", null, "U1")).leadingNumber(),
                "a person held as text leads nothing");
    }

    @Test
    void personLedRowsAreWrittenInTheOrderOfTheirNumbers() throws SQLException {
        LocalDate jan = LocalDate.of(2020, 1, 1);
        try (Connection c = dataSource.getConnection();
                BatchWriter<Row> writer = new BatchWriter<>(c, new ArrivalTable(true))) {
            writer.add(new Row("202002290003", jan, "U1"), 2);
            writer.add(new Row("198512240002", jan, "U1"), 3);
            writer.add(new Row("194001010001", jan, "U1"), 4);
            writer.finish();
        }

        assertEquals(List.of("194001010001 2020-01-01", "198512240002 2020-01-01", "202002290003 2020-01-01"),
                arrivals());
    }

    @Test
    void integerKeysSortByValue() {
        List<SortKey> keys = new ArrayList<>();
        for (int value : new int[] { 10, -3, Integer.MAX_VALUE, 9, Integer.MIN_VALUE, 0 }) {
            NaturalKey key = new NaturalKey(1);
            key.integer(value);
            keys.add(key.key());
        }

        keys.sort(null);

        List<SortKey> expected = new ArrayList<>();
        for (int value : new int[] { Integer.MIN_VALUE, -3, 0, 9, 10, Integer.MAX_VALUE }) {
            NaturalKey key = new NaturalKey(1);
            key.integer(value);
            expected.add(key.key());
        }
        assertEquals(expected, keys);
    }

    private String unitOf(String person) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select hsa_id from arrival where person_id = '" + person + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    private List<String> arrivals() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select person_id, valid_from from arrival order by arrived")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getObject(2, LocalDate.class));
            }
        }
        return rows;
    }
}
