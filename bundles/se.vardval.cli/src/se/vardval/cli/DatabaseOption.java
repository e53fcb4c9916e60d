package se.vardval.cli;

import java.util.List;

/** The global {@code --db} option, applied as the {@code vardval.db} setting before any database service starts. */
final class DatabaseOption {

    static final String PROPERTY = "vardval.db";

    private DatabaseOption() {
    }

    static void applyTo(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.equals("--db") && i + 1 < arguments.size()) {
                System.setProperty(PROPERTY, arguments.get(i + 1));
            } else if (arg.startsWith("--db=")) {
                System.setProperty(PROPERTY, arg.substring("--db=".length()));
            }
        }
    }
}
