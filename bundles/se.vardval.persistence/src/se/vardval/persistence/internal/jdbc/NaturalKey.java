package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Builds a record's natural key as a {@link SortKey} that sorts as the database's primary key index does for text,
 * person, date, integer and bigint key columns (the bulk tables have no other): a leading person or bigint column as
 * its number, the other columns' values joined by a character that sorts before any other, dates as ISO dates, numbers
 * at a fixed width.
 */
final class NaturalKey implements ColumnValues {

    private static final char SEPARATOR = '\u0000';

    private final StringBuilder key = new StringBuilder(48);
    private final int keyColumns;
    private int remaining;
    private long leadingNumber = SortKey.NO_NUMBER;

    /** Takes the first {@code keyColumns} column values a table hands for one record. */
    NaturalKey(int keyColumns) {
        this.keyColumns = keyColumns;
        this.remaining = keyColumns;
    }

    /** The key of the values handed so far. */
    SortKey key() {
        return new SortKey(leadingNumber, key.toString());
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

    /**
     * A person: as the key's leading number when it is the first key column (compared without looking at the rest's
     * text, a big file's sort otherwise spent most of its time comparing strings that begin alike), otherwise its 12
     * digits, which sort as the number does.
     */
    @Override
    public void personNumber(String value) {
        if (remaining == keyColumns && value != null) {
            leadingNumber = Jdbc.personNumber(value);
            remaining--;
        } else {
            add(value);
        }
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

    /** A number: as the key's leading number when it is the first key column, otherwise its digits at a fixed width. */
    @Override
    public void bigint(long value) {
        if (remaining == keyColumns) {
            leadingNumber = value;
            remaining--;
        } else {
            add(String.format("%20s", Long.toUnsignedString(value ^ Long.MIN_VALUE)).replace(' ', '0'));
        }
    }

    @Override
    public void bool(boolean value) {
        add(value ? "1" : "0");
    }
}
