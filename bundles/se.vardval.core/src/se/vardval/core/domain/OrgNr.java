package se.vardval.core.domain;

/** Validation of a Swedish organisationsnummer: ten digits, the last a Luhn check digit. */
public final class OrgNr {

    private OrgNr() {
    }

    /**
     * Normalises {@code NNNNNN-NNNN} or ten digits to ten digits.
     *
     * @throws IllegalArgumentException with a readable reason when malformed or the check digit is wrong
     */
    public static String normalise(String text) {
        String digits = text == null ? "" : text.trim().replace("-", "");
        if (!digits.matches("\\d{10}")) {
            throw new IllegalArgumentException("inte ett organisationsnummer (NNNNNN-NNNN): '" + text + "'");
        }
        if (PersonId.checkDigit(digits.substring(0, 9)) != digits.charAt(9) - '0') {
            throw new IllegalArgumentException("felaktig kontrollsiffra i organisationsnumret '" + text + "'");
        }
        return digits;
    }

    /** Ten digits as written on documents, {@code NNNNNN-NNNN}. */
    public static String withHyphen(String digits) {
        return digits.substring(0, 6) + "-" + digits.substring(6);
    }
}
