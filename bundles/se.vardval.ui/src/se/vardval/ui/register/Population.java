package se.vardval.ui.register;

import java.math.BigDecimal;

import se.vardval.ui.format.SwedishFormat;

/** A catchment population as the unit editor reads and shows it: a whole number grouped the Swedish way ("6 720"). */
final class Population {

    private static final String GROUPING = "[\\s\u00a0\u202f]";

    private Population() {
    }

    /** Whether {@code text} is blank or a whole number, grouped with spaces or not, that fits the register. */
    static boolean isWhole(String text) {
        try {
            read(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Whether {@code text} is a whole number below zero. */
    static boolean isNegative(String text) {
        Integer value = isWhole(text) ? read(text) : null;
        return value != null && value < 0;
    }

    /** The number typed, null when blank; throws NumberFormatException when it is not a whole number. */
    static Integer read(String text) {
        String compact = text.replaceAll(GROUPING, "").replace('\u2212', '-');
        if (compact.isEmpty()) {
            return null;
        }
        if (!compact.matches("-?\\d+")) {
            throw new NumberFormatException(text);
        }
        return Integer.valueOf(compact);
    }

    /** The population as shown: grouped thousands, empty for none. */
    static String show(Integer population) {
        return population == null ? "" : SwedishFormat.number(BigDecimal.valueOf(population));
    }
}
