package se.vardval.halsoval.internal;

import java.util.ArrayList;
import java.util.List;

import se.vardval.core.model.Explanation;

/** The rows of an explanation, kept up to a limit while the rows beyond it are only counted. */
final class Rows {

    private final int max;
    private final List<List<String>> rows = new ArrayList<>();
    private int total;

    Rows(int max) {
        this.max = max;
    }

    void add(String... cells) {
        total++;
        if (rows.size() < max) {
            rows.add(List.of(cells));
        }
    }

    /** The explanation with a note when rows were left out. */
    Explanation explanation(String summary, String... columns) {
        String note = total > rows.size() ? " (de första " + rows.size() + " av " + total + " raderna visas)" : "";
        return new Explanation(summary + note, List.of(columns), List.copyOf(rows));
    }
}
