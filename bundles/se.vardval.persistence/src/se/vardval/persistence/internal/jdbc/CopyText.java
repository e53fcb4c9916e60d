package se.vardval.persistence.internal.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Encodes rows in PostgreSQL's COPY text format: tab-separated columns, {@code \N} for NULL, backslash escapes for
 * backslash, tab, newline and carriage return, one line per row.
 */
final class CopyText implements ColumnValues {

    private final StringBuilder out;
    private boolean first = true;

    CopyText(StringBuilder out) {
        this.out = out;
    }

    /** Ends the current row. */
    void endRow() {
        out.append('\n');
        first = true;
    }

    @Override
    public void text(String value) {
        separate();
        if (value == null) {
            out.append("\\N");
            return;
        }
        int plain = 0;
        while (plain < value.length() && !isEscaped(value.charAt(plain))) {
            plain++;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    @Override
    public void date(LocalDate value) {
        separate();
        if (value == null) {
            out.append("\\N");
        } else {
            out.append(value);
        }
    }

    @Override
    public void decimal(BigDecimal value) {
        separate();
        out.append(value == null ? "\\N" : value.toPlainString());
    }

    @Override
    public void integer(int value) {
        separate();
        out.append(value);
    }

    @Override
    public void bool(boolean value) {
        separate();
        out.append(value ? 't' : 'f');
    }

    private static boolean isEscaped(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    private void separate() {
        if (!first) {
            out.append('\t');
        }
        first = false;
    }
}
