package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The values of a record's natural-key columns, ordered column by column as the database orders its primary key's
 * index: text by its characters, dates and numbers by value.
 */
record NaturalKey(Comparable<?>[] values) implements Comparable<NaturalKey> {

    private static final Comparator<Comparable<?>> COLUMN_ORDER = Comparator.nullsFirst(NaturalKey::compareColumn);

    /** Collects the first {@code keyColumns} column values a table hands for one record. */
    static final class Collector implements ColumnValues {

        private final Comparable<?>[] values;
        private int next;

        Collector(int keyColumns) {
            this.values = new Comparable<?>[keyColumns];
        }

        NaturalKey key() {
            return new NaturalKey(values);
        }

        private void add(Comparable<?> value) {
            if (next < values.length) {
                values[next++] = value;
            }
        }

        @Override
        public void text(String value) {
            add(value);
        }

        @Override
        public void date(LocalDate value) {
            add(value);
        }

        @Override
        public void decimal(BigDecimal value) {
            add(value);
        }

        @Override
        public void integer(int value) {
            add(value);
        }

        @Override
        public void bool(boolean value) {
            add(value);
        }
    }

    @Override
    public int compareTo(NaturalKey other) {
        return Arrays.compare(values, other.values, COLUMN_ORDER);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NaturalKey key && Arrays.equals(values, key.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static int compareColumn(Comparable<?> a, Comparable<?> b) {
        return ((Comparable) a).compareTo(b);
    }
}
