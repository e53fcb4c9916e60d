package se.vardval.core.security;

import java.util.List;

import se.vardval.core.service.UserError;

/**
 * The users of the database with their password hashes and role grants; every change is audited without the hash.
 * Changes need an administrator of every vårdval, except a user's own password and the first administrator of an
 * empty directory.
 */
public interface UserDirectory extends AccessControl {

    /** Whether users must log in with a password (a shared database); the embedded database trusts its local user. */
    boolean passwordRequired();

    /**
     * Checks a user's password in constant time.
     *
     * @throws UserError "okänd användare eller fel lösenord" for either, without telling which
     */
    UserAccount authenticate(String name, char[] password);

    /** Whether no user exists yet, so that the first administrator may be added without logging in. */
    boolean isEmpty();

    /** Every user, ordered by name; for administrators of every vårdval. */
    List<UserAccount> users(String actingUser);

    /**
     * Adds a user with a password and a first role. With {@code actingUser} null it bootstraps an empty directory:
     * allowed only while no user exists and only for an administrator of every vårdval.
     */
    UserAccount add(String name, char[] password, RoleGrant grant, String actingUser);

    /** Sets a user's password; users may set their own. */
    void changePassword(String name, char[] password, String actingUser);

    /** Grants a user one more role. */
    UserAccount grant(String name, RoleGrant grant, String actingUser);

    /** Revokes a role from a user; the last administrator of every vårdval is kept. */
    UserAccount revoke(String name, RoleGrant grant, String actingUser);
}
