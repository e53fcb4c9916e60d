package se.vardval.cli;

import java.io.Console;
import java.util.Arrays;

import se.vardval.core.service.UserError;

/**
 * Passwords from {@code VARDVAL_PASSWORD} (logging in) and {@code VARDVAL_NEW_PASSWORD} (a new password), else asked
 * without echo on the terminal when there is one (never read from a redirected standard input).
 */
final class TerminalPasswords implements Passwords {

    @Override
    public char[] login(String user) {
        String set = System.getenv("VARDVAL_PASSWORD");
        if (set != null) {
            return set.toCharArray();
        }
        Console console = terminal();
        return console == null ? null : console.readPassword("Lösenord för %s: ", user);
    }

    @Override
    public char[] newPassword(String user) {
        String set = System.getenv("VARDVAL_NEW_PASSWORD");
        if (set != null) {
            return set.toCharArray();
        }
        Console console = terminal();
        if (console == null) {
            return null;
        }
        char[] first = console.readPassword("Nytt lösenord för %s: ", user);
        char[] again = console.readPassword("Samma lösenord igen: ");
        if (first == null || !Arrays.equals(first, again)) {
            throw new UserError("de två lösenorden skiljer sig åt");
        }
        return first;
    }

    /** The console when a person sits at it; none for a scheduled job, which must set the variables instead. */
    private static Console terminal() {
        return Terminal.interactive() ? System.console() : null;
    }
}
