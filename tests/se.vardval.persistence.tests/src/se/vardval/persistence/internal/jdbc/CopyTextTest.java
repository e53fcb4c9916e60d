package se.vardval.persistence.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void encodesColumnsInPostgresCopyTextFormat() {
        StringBuilder out = new StringBuilder();
        CopyText row = new CopyText(out);

        row.text("a\\b\tc\nd\re");
        row.text(null);
        row.date(LocalDate.of(2020, 2, 29));
        row.date(null);
        row.decimal(new BigDecimal("1E+2"));
        row.decimal(null);
        row.integer(-7);
        row.bool(true);
        row.endRow();
        row.bool(false);
        row.endRow();

        assertEquals("a\\\\b\\tc\\nd\\re\t\\N\t2020-02-29\t\\N\t100\t\\N\t-7\tt\nf\n", out.toString());
    }
}
