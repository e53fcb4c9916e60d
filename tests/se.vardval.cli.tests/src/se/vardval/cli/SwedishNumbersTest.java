package se.vardval.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The command line's numbers: a no-break space between thousands, a decimal comma, a plain minus sign; a typed number
 * read with a decimal comma or point.
 */
class SwedishNumbersTest {

    @Test
    void kronorHaveOreAndGroupedThousands() {
        assertEquals("1\u00a0234\u00a0567,89 kr", SwedishNumbers.kronor(new BigDecimal("1234567.891")));
        assertEquals("-0,50 kr", SwedishNumbers.kronor(new BigDecimal("-0.5")));
    }

    @Test
    void countsAndDecimalsAreGroupedWithADecimalComma() {
        assertEquals("130\u00a0000", SwedishNumbers.count(130_000));
        assertEquals("2\u00a0453", SwedishNumbers.decimal(new BigDecimal("2453")));
        assertEquals("0,330", SwedishNumbers.decimal(new BigDecimal("0.330")));
        assertEquals("-1\u00a0000", SwedishNumbers.decimal(new BigDecimal("-1E+3")));
        assertEquals("12,35", SwedishNumbers.decimal(12.3456, 2));
    }

    @Test
    void aCountTakesItsNounInTheSingularOrThePlural() {
        assertEquals("1 avvisad post", SwedishNumbers.count(1, "avvisad post", "avvisade poster"));
        assertEquals("0 avvisade poster", SwedishNumbers.count(0, "avvisad post", "avvisade poster"));
        assertEquals("1\u00a0200 varningar", SwedishNumbers.count(1200, "varning", "varningar"));
    }

    @Test
    void aNumberIsReadWithADecimalCommaOrPointAndNothingElse() {
        assertEquals(Optional.of(new BigDecimal("2.3")), SwedishNumbers.parse("2,3"));
        assertEquals(Optional.of(new BigDecimal("2.3")), SwedishNumbers.parse("2.3"));
        assertEquals(Optional.of(new BigDecimal("-0.4")), SwedishNumbers.parse("-0,4"));
        assertEquals(Optional.of(new BigDecimal("-0.4")), SwedishNumbers.parse("\u22120,4"), "a typographic minus");
        assertEquals(Optional.of(new BigDecimal("3")), SwedishNumbers.parse("+3"));
        for (String bad : new String[] {"2,3,4", "2,", ",3", "2 300", "1e3", "två", ""}) {
            assertEquals(Optional.empty(), SwedishNumbers.parse(bad), bad);
        }
    }
}
