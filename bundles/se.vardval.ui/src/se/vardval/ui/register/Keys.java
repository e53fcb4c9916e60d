package se.vardval.ui.register;

/** What a register key typed by the user (an HSA-id, a contract id) must look like: present, without blanks. */
final class Keys {

    private Keys() {
    }

    /** Whether {@code text}, trimmed, can be a key. */
    static boolean isKey(String text) {
        return text != null && text.trim().matches("\\S+");
    }
}
