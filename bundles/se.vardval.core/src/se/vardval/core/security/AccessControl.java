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
        UserAccount account = account(user).orElseThrow(() -> new UserError("det finns ingen användare '" + user
                + "' i den här databasen; en administratör lägger till användare med 'vardval user add'"));
        account.require(permission, careChoice);
        return account;
    }
}
