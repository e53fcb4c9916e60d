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
        description = "Adds users, sets passwords, grants and revokes roles, lists users. New passwords come from"
                + " VARDVAL_NEW_PASSWORD or are asked on the terminal.",
        subcommands = { UserCommand.Add.class, UserCommand.Passwd.class, UserCommand.Grant.class,
                UserCommand.Revoke.class, UserCommand.ListUsers.class })
class UserCommand extends GroupCommand {

    /** A role option with its optional vårdval. */
    static class RoleOption {

        @Option(names = "--role", required = true, paramLabel = "<role>",
                description = "ADMINISTRATOR, APPROVER or READ_ONLY.")
        Role role;

        @Option(names = "--care-choice", paramLabel = "<vårdval>",
                description = "The vårdval the role is for. Default: every vårdval.")
        String careChoice;

        RoleGrant grant() {
            return new RoleGrant(role, careChoice);
        }
    }

    /** Adds a user with a password and a first role; the first administrator of an empty database needs no login. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Adds a user with a password and a role. While a shared database has no user, the first"
                    + " administrator (of every vårdval) is added without logging in.")
    static class Add extends ServiceCommand {

        @Parameters(paramLabel = "<name>")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RoleOption role;

        Add(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            UserAccount added = services.users().add(name, newPassword(name), role.grant(), user());
            out().printf("user %s added: %s%n", added.name(), added.roles());
            return 0;
        }
    }

    /** Sets a user's password. */
    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = "Sets a user's password; every user may set their own.")
    static class Passwd extends ServiceCommand {

        @Parameters(paramLabel = "<name>")
        String name;

        Passwd(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            services.users().changePassword(name, newPassword(name), user());
            out().printf("password of %s changed%n", name);
            return 0;
        }
    }

    /** Grants a role. */
    @Command(name = "grant", mixinStandardHelpOptions = true, description = "Grants a user a role.")
    static class Grant extends ServiceCommand {

        @Parameters(paramLabel = "<name>")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RoleOption role;

        Grant(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            UserAccount account = services.users().grant(name, role.grant(), user());
            out().printf("%s is %s%n", account.name(), account.roles());
            return 0;
        }
    }

    /** Revokes a role. */
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes a role from a user.")
    static class Revoke extends ServiceCommand {

        @Parameters(paramLabel = "<name>")
        String name;

        @picocli.CommandLine.ArgGroup(exclusive = false, multiplicity = "1")
        RoleOption role;

        Revoke(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            UserAccount account = services.users().revoke(name, role.grant(), user());
            out().printf("%s is %s%n", account.name(), account.roles());
            return 0;
        }
    }

    /** Lists the users and their roles. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the users and their roles.")
    static class ListUsers extends ServiceCommand {

        ListUsers(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            for (UserAccount account : services.users().users(user())) {
                out().printf("%-20s %s%n", account.name(), account.roles());
            }
            return 0;
        }
    }
}
