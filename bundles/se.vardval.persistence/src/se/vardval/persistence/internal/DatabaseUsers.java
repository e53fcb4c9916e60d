package se.vardval.persistence.internal;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserAccount;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.service.UserError;
import se.vardval.persistence.DatabaseUnavailableException;

/**
 * The users of the database in {@code app_user} and {@code role_grant}, passwords as Argon2id hashes; every change is
 * audited as entity {@code user} with the roles before and after, never the hash. PostgreSQL needs passwords.
 */
@Component(service = { UserDirectory.class, AccessControl.class })
public class DatabaseUsers implements UserDirectory {

    private static final int MIN_PASSWORD_LENGTH = 10;
    private static final String REFUSED = "okänd användare eller fel lösenord";

    private final Database database;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when the user is unknown, so that the answer takes as long as for a known user. */
    private final String decoy = PasswordHash.hash("decoy-password".toCharArray(), random);
    private Boolean passwordRequired;

    /** Uses the given database. */
    @Activate
    public DatabaseUsers(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Optional<UserAccount> account(String name) {
        return name == null ? Optional.empty() : read(rows -> rows.account(name));
    }

    @Override
    public synchronized boolean passwordRequired() {
        if (passwordRequired == null) {
            try (Connection connection = database.dataSource().getConnection()) {
                passwordRequired = !connection.getMetaData().getDatabaseProductName().equals("H2");
            } catch (SQLException e) {
                throw new DatabaseUnavailableException(e.getMessage(), e);
            }
        }
        return passwordRequired;
    }

    @Override
    public UserAccount authenticate(String name, char[] password) {
        String hash = name == null ? null : read(rows -> rows.passwordHash(name)).orElse(null);
        boolean matches = PasswordHash.verify(password, hash == null ? decoy : hash) && hash != null;
        return matches ? account(name).orElseThrow(() -> new UserError(REFUSED)) : refuse();
    }

    private static UserAccount refuse() {
        throw new UserError(REFUSED);
    }

    @Override
    public boolean isEmpty() {
        return read(UserRows::count) == 0;
    }

    @Override
    public List<UserAccount> users(String actingUser) {
        require(actingUser, Permission.MANAGE_USERS, null);
        return read(rows -> rows.names().stream().map(name -> rows.account(name).orElseThrow()).toList());
    }

    @Override
    public UserAccount add(String name, char[] password, RoleGrant grant, String actingUser) {
        requireName(name);
        String hash = PasswordHash.hash(requireStrong(password), random);
        return database.inTransaction(em -> {
            UserRows rows = new UserRows(em);
            String actor = actingUser;
            if (actingUser == null) {
                if (rows.count() > 0 || grant.role() != Role.ADMINISTRATOR || !grant.everyCareChoice()) {
                    throw new UserError("logga in som administratör för att lägga till användare; bara den första"
                            + " användaren i en tom databas, en administratör för alla vårdval, läggs till utan"
                            + " inloggning");
                }
                actor = name;
            } else {
                require(actingUser, Permission.MANAGE_USERS, null);
            }
            if (rows.account(name).isPresent()) {
                throw new UserError("användaren " + name + " finns redan; ge roller med 'vardval user grant'");
            }
            rows.insert(name, hash);
            rows.insert(name, grant);
            UserAccount added = rows.account(name).orElseThrow();
            AuditTrail.record(em, actor, "user", name, actingUser == null ? "BOOTSTRAP" : "CREATE", null, added);
            return added;
        });
    }

    @Override
    public void changePassword(String name, char[] password, String actingUser) {
        if (!name.equals(actingUser)) {
            require(actingUser, Permission.MANAGE_USERS, null);
        }
        String hash = PasswordHash.hash(requireStrong(password), random);
        database.write(em -> {
            UserRows rows = new UserRows(em);
            UserAccount account = existing(rows, name);
            rows.updatePassword(name, hash);
            AuditTrail.record(em, actingUser, "user", name, "PASSWORD", account, account);
        });
    }

    @Override
    public UserAccount grant(String name, RoleGrant grant, String actingUser) {
        require(actingUser, Permission.MANAGE_USERS, null);
        return database.inTransaction(em -> {
            UserRows rows = new UserRows(em);
            UserAccount before = existing(rows, name);
            if (before.grants().contains(grant)) {
                return before;
            }
            rows.insert(name, grant);
            UserAccount after = rows.account(name).orElseThrow();
            AuditTrail.record(em, actingUser, "user", name, "GRANT", before, after);
            return after;
        });
    }

    @Override
    public UserAccount revoke(String name, RoleGrant grant, String actingUser) {
        require(actingUser, Permission.MANAGE_USERS, null);
        return database.inTransaction(em -> {
            UserRows rows = new UserRows(em);
            UserAccount before = existing(rows, name);
            if (!before.grants().contains(grant)) {
                throw new UserError(name + " är inte " + grant.inSwedish() + "; " + name + " är "
                        + before.rolesInSwedish());
            }
            if (grant.role() == Role.ADMINISTRATOR && grant.everyCareChoice() && rows.holders(grant) == 1) {
                throw new UserError(name + " är den sista administratören för alla vårdval; ge rollen till någon annan"
                        + " först");
            }
            rows.delete(name, grant);
            UserAccount after = rows.account(name).orElseThrow();
            AuditTrail.record(em, actingUser, "user", name, "REVOKE", before, after);
            return after;
        });
    }

    private <T> T read(Function<UserRows, T> query) {
        return database.read(em -> query.apply(new UserRows(em)));
    }

    private static UserAccount existing(UserRows rows, String name) {
        return rows.account(name).orElseThrow(() -> new UserError("det finns ingen användare '" + name + "'"));
    }

    private static void requireName(String name) {
        if (name == null || !name.matches("[\\p{L}\\p{N}._-]{1,64}")) {
            throw new UserError("ett användarnamn består av 1 till 64 bokstäver, siffror, '.', '_' eller '-'");
        }
    }

    private static char[] requireStrong(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new UserError("ett lösenord måste ha minst " + MIN_PASSWORD_LENGTH + " tecken");
        }
        return password;
    }
}
