package se.vardval.cli;

import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.UserError;

/**
 * Decides who acts before a command runs: on a shared database the {@code --user} with a password, on the embedded
 * database the {@code --user} named (no password asked) or the demo administrator.
 */
final class Login {

    /** The administrator of every vårdval the embedded database is seeded with. */
    static final String DEMO_USER = "demo";

    private Login() {
    }

    /**
     * The acting user; null only to add the first administrator of an empty shared database.
     *
     * @throws UserError when the user is unknown, no password can be read or it is wrong
     */
    static String actingUser(String requested, boolean addingUser, UserDirectory users, Passwords passwords) {
        if (!users.passwordRequired()) {
            String name = requested == null ? DEMO_USER : requested;
            users.account(name).orElseThrow(() -> new UserError("det finns ingen användare '" + name
                    + "' i den här databasen"));
            return name;
        }
        if (users.isEmpty()) {
            if (addingUser) {
                return null;
            }
            throw new UserError("den här databasen har inga användare än; lägg till den första administratören med"
                    + " 'vardval user add <namn> --role ADMINISTRATOR'");
        }
        if (requested == null) {
            throw new UserError("den delade databasen kräver --user <namn> och ett lösenord (VARDVAL_PASSWORD eller"
                    + " frågan i terminalen)");
        }
        char[] password = passwords.login(requested);
        if (password == null) {
            throw new UserError("inget lösenord för " + requested + ": sätt VARDVAL_PASSWORD eller kör i en terminal");
        }
        return users.authenticate(requested, password).name();
    }
}
