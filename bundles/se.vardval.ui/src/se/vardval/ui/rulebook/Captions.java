package se.vardval.ui.rulebook;

/** A parameter key as a caption: {@code krPerPoint} reads "Kr per point"; codes such as {@code DOCTOR} stay. */
final class Captions {

    private Captions() {
    }

    static String of(String key) {
        if (key.isEmpty() || key.equals(key.toUpperCase())) {
            return key;
        }
        String words = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
