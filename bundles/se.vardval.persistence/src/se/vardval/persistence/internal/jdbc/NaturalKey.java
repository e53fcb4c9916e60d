package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds a record's natural key as one string that sorts as the database's primary key index does for text, person, date
 * and integer key columns (the bulk tables have no other): the columns' values joined by a character that sorts before any
 * other, dates as ISO dates, integers at a fixed width.
 */
final class NaturalKey implements ColumnValues {

    private static final char SEPARATOR = '\u0000';

    private final StringBuilder key = new StringBuilder(48);
    private int remaining;

    /** Takes the first {@code keyColumns} column values a table hands for one record. */
    NaturalKey(int keyColumns) {
        this.remaining = keyColumns;
    }

    /** The key of the values handed so far. */
    String key() {
        return key.toString();
    }

    private void add(String value) {
        if (remaining > 0) {
            key.append(value == null ? "" : value).append(SEPARATOR);
            remaining--;
        }
    }

    @Override
    public void text(String value) {
        add(value);
    }

    /** A person number's 12 digits, which sort as the number does. */
    @Override
    public void personNumber(String value) {
        add(value);
    }

    @Override
    public void date(LocalDate value) {
        add(value == null ? null : value.toString());
    }

    @Override
    public void decimal(BigDecimal value) {
        add(value == null ? null : value.toPlainString());
    }

    @Override
    public void integer(int value) {
        add(String.format("%011d", (long) value - Integer.MIN_VALUE));
    }

    @Override
    public void bool(boolean value) {
        add(value ? "1" : "0");
    }
}
