package se.vardval.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Each common form of a code value accepts, normalises and refuses as its rule says, and equals one made alike. */
class CodeFormsTest {

    @Test
    void textIsKeptAsWritten() {
        assertEquals(Optional.of("R 17/b"), CodeForms.text().normalise("R 17/b"));
    }

    @Test
    void trueOrFalseIsNormalisedToLowerCase() {
        CodeForm form = CodeForms.trueOrFalse();
        assertEquals(Optional.of("true"), form.normalise("TRUE"));
        assertEquals(Optional.of("false"), form.normalise("False"));
        assertEquals(Optional.empty(), form.normalise("1"));
        assertEquals("måste vara true eller false", form.rule());
    }

    @Test
    void oneOfTheWordsIsNormalisedToTheWordAsGiven() {
        CodeForm form = CodeForms.oneOf("START", "FOLLOWUP", "REOPERATION");
        assertEquals(Optional.of("FOLLOWUP"), form.normalise("followUp"));
        assertEquals(Optional.empty(), form.normalise("END"));
        assertEquals("måste vara START, FOLLOWUP eller REOPERATION", form.rule());
        assertEquals("måste vara NEW eller RETURN", CodeForms.oneOf("NEW", "RETURN").rule());
    }

    @Test
    void aWholeNumberIsInItsRangeAndWrittenWithoutLeadingZeros() {
        CodeForm risk = CodeForms.wholeNumber(1, 4);
        assertEquals(Optional.of("4"), risk.normalise("04"));
        assertEquals(Optional.empty(), risk.normalise("5"));
        assertEquals(Optional.empty(), risk.normalise("2.0"));
        assertEquals("måste vara 1..4", risk.rule());
        CodeForm days = CodeForms.wholeNumber(0, Integer.MAX_VALUE);
        assertEquals(Optional.empty(), days.normalise("-1"));
        assertEquals(Optional.empty(), days.normalise("1234567890"));
        assertEquals("måste vara ett heltal ≥ 0", days.rule());
    }

    @Test
    void aDecimalNumberTakesACommaOrAPointAndIsWrittenWithAPoint() {
        CodeForm form = CodeForms.decimal();
        assertEquals(Optional.of("-0.25"), form.normalise("-0,25"));
        assertEquals(Optional.of("3"), form.normalise("3"));
        assertEquals(Optional.empty(), form.normalise("much"));
        assertEquals("måste vara ett tal", form.rule());
    }

    @Test
    void aRuleOfItsOwnChangesOnlyTheReason() {
        CodeForm los = CodeForms.withRule(CodeForms.wholeNumber(0, Integer.MAX_VALUE),
                "måste vara ett helt antal dagar ≥ 0");
        assertEquals(Optional.of("3"), los.normalise("3"));
        assertEquals(Optional.empty(), los.normalise("2.5"));
        assertEquals("måste vara ett helt antal dagar ≥ 0", los.rule());
    }

    @Test
    void formsMadeAlikeAreEqualAndOthersNot() {
        assertEquals(CodeForms.text(), CodeForms.text());
        assertEquals(CodeForms.oneOf("NEW", "RETURN"), CodeForms.oneOf("NEW", "RETURN"));
        assertEquals(CodeForms.withRule(CodeForms.decimal(), "x"), CodeForms.withRule(CodeForms.decimal(), "x"));
        assertNotEquals(CodeForms.wholeNumber(1, 4), CodeForms.wholeNumber(1, 5));
        assertNotEquals(CodeForms.text(), CodeForms.trueOrFalse());
        assertNotEquals(CodeForms.withRule(CodeForms.decimal(), "x"), CodeForms.decimal());
    }
}
