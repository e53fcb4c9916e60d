package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SwedishNumbersTest {

    @Test
    void amountsHaveTwoDecimalsAfterACommaAndThousandsGroupedBySpaces() {
        assertEquals("1 234 567,89 kr", SwedishNumbers.kronor(new BigDecimal("1234567.89")));
        assertEquals("-0,50", SwedishNumbers.amount(new BigDecimal("-0.5")));
        assertEquals("100,01 kr", SwedishNumbers.kronor(new BigDecimal("100.005")), "rounded half-up to öre");
    }

    @Test
    void decimalsKeepTheirOwnDecimals() {
        assertEquals("12 345", SwedishNumbers.decimal(new BigDecimal("12345.000")));
        assertEquals("0,873412", SwedishNumbers.decimal(new BigDecimal("0.873412")));
        assertEquals("-1,5", SwedishNumbers.decimal(new BigDecimal("-1.5")));
    }

    @Test
    void fixedDecimalsArePaddedOrRoundedHalfUp() {
        assertEquals("0,8750", SwedishNumbers.decimal(new BigDecimal("0.875"), 4));
        assertEquals("1,4583", SwedishNumbers.decimal(new BigDecimal("1.458333"), 4));
        assertEquals("28 351", SwedishNumbers.decimal(new BigDecimal("28351"), 0));
        assertEquals("1 235", SwedishNumbers.decimal(new BigDecimal("1234.5"), 0));
    }
}
