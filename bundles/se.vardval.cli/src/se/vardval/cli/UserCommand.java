package se.vardval.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserAccount;
import se.vardval.core.service.UserError;

/** Manages the users of the database and their roles; administrators of every vårdval only, except one's password. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Lägger till användare, sätter lösenord, ger och tar bort roller, listar användare. Nya"
                + " lösenord hämtas ur VARDVAL_NEW_PASSWORD eller efterfrågas i terminalen.",
        subcommands = { UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Grant.class,
                UserCommand.Revoke.class, UserCommand.ListUsers.class })
class UserCommand extends GroupCommand {

    /** A role option with its optional vårdval. */
    static class RoleOption {

        @Option(names = "--role", required = true, paramLabel = "<roll>",
                description = "ADMINISTRATOR (administratör), APPROVER (attestant) eller READ_ONLY (läsbehörig).")
        Role role;

        @Option(names = "--care-choice", paramLabel = "<vårdval>",
                description = "Vårdvalet som rollen gäller. Standard: alla vårdval.")
        String careChoice;

        RoleGrant grant() {
            return new RoleGrant(role, careChoice);
        }
    }

    /** Adds a user with a password and a first role; the first administrator of an empty database needs no login. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Lägger till en användare med lösenord och en roll. Så länge en delad databas saknar"
                    + " användare läggs den första administratören (för alla vårdval) till utan inloggning.")
    static class Add extends ServiceCommand {

        @Parameters(paramLabel = "<namn>", description = "Användarens namn.")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RoleOption role;

        Add(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            UserAccount added = services.users().add(name, newPassword(name), role.grant(), user());
            out().printf("användaren %s är tillagd: %s%n", added.name(), added.rolesInSwedish());
            return 0;
        }
    }

    /** Sets a user's password. */
    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Sätter en användares lösenord; var och en får sätta sitt eget.")
    static class Passwd extends ServiceCommand {

        @Parameters(paramLabel = "<namn>", description = "Användarens namn.")
        String name;

        Passwd(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            services.users().changePassword(name, newPassword(name), user());
            out().printf("lösenordet för %s är ändrat%n", name);
            return 0;
        }
    }

    /** Grants a role. */
    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Ger en användare en roll.")
    static class Grant extends ServiceCommand {

        @Parameters(paramLabel = "<namn>", description = "Användarens namn.")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RoleOption role;

        Grant(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            UserAccount account = services.users().grant(name, role.grant(), user());
            out().printf("%s är %s%n", account.name(), account.rolesInSwedish());
            return 0;
        }
    }

    /** Revokes a role. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Tar bort en roll från en användare.")
    static class Revoke extends ServiceCommand {

        @Parameters(paramLabel = "<namn>", description = "Användarens namn.")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RoleOption role;

        Revoke(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            UserAccount account = services.users().revoke(name, role.grant(), user());
            out().printf("%s är %s%n", account.name(), account.rolesInSwedish());
            return 0;
        }
    }

    /** Lists the users and their roles. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Listar användarna och deras roller.")
    static class ListUsers extends ServiceCommand {

        ListUsers(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            for (UserAccount account : services.users().users(user())) {
                out().printf("%-20s %s%n", account.name(), account.rolesInSwedish());
            }
            return 0;
        }
    }
}
