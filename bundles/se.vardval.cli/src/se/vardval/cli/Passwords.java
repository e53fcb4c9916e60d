package se.vardval.cli;

/** Where the command line reads passwords: the environment or the terminal, never its own arguments. */
interface Passwords {

    /** The password to log in as {@code user}, or null when none can be read. */
    char[] login(String user);

    /** A new password for {@code user}, or null when none can be read. */
    char[] newPassword(String user);
}
