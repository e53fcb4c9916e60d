package se.vardval.ui.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One bad row of a rejected file, as the import reports it ({@code file:line: column: reason}), split for a table. */
public record RowError(String file, String line, String column, String reason) {

    private static final Pattern REPORT = Pattern.compile("(.*?):(\\d+): ([^:]*): (.*)", Pattern.DOTALL);

    /** Splits a report line; a line of another shape is kept whole as the reason. */
    public static RowError parse(String report) {
        Matcher m = REPORT.matcher(report);
        return m.matches() ? new RowError(m.group(1), m.group(2), m.group(3), m.group(4))
                : new RowError("", "", "", report);
    }
}
