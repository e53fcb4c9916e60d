package se.vardval.cli;

import java.io.Console;

/** Whether the command line talks to a person at a terminal or writes to a file or pipe (a scheduled job's log). */
final class Terminal {

    private Terminal() {
    }

    /**
     * True at an interactive terminal. From Java 22 {@link System#console()} also answers when the streams are
     * redirected and {@code Console.isTerminal()} tells the two apart; on Java 21 a console is a terminal.
     */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
