package se.vardval.fotvard.ui.internal;

/** Socialstyrelsen's risk grades as the users write them: I, II, III and IV. */
final class RiskGroups {

    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    private RiskGroups() {
    }

    /** The grade (1–4) in Roman numerals; any other number as it is. */
    static String roman(int grade) {
        return grade >= 1 && grade <= ROMAN.length ? ROMAN[grade - 1] : Integer.toString(grade);
    }
}
