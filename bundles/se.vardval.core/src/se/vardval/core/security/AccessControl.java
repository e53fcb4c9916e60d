package se.vardval.core.security;

import java.util.Optional;

import se.vardval.core.service.UserError;

/** Checks, at the start of every write in the service layer, that the acting user holds a role allowing it. */
@FunctionalInterface
public interface AccessControl {

    /** The user with this name and the roles granted. */
    Optional<UserAccount> account(String name);

    /**
     * Refuses a write the user may not do in a vårdval ({@code null}: region-wide data such as persons or providers).
     *
     * @return the acting user's account
     * @throws UserError when the user is unknown or no role of the user allows the write
     */
    default UserAccount require(String user, Permission permission, String careChoice) {
        UserAccount account = account(user).orElseThrow(() -> new UserError(unknown(user)));
        account.require(permission, careChoice);
        return account;
    }

    /** Why {@link #require} would refuse the write, naming what it needs; empty when it would allow it. */
    default Optional<String> refusal(String user, Permission permission, String careChoice) {
        return account(user).map(a -> a.refusal(permission, careChoice)).orElse(Optional.of(unknown(user)));
    }

    private static String unknown(String user) {
        return "det finns ingen användare '" + user
                + "' i den här databasen; en administratör lägger till användare med 'vardval user add'";
    }
}
