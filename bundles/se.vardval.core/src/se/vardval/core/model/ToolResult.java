package se.vardval.core.model;

import java.util.List;
import java.util.Optional;

/**
 * What a model tool found: a table (column headings and rows of texts), notes for the administrator, and optionally
 * a change to a draft rulebook that the administrator may apply after reviewing the table.
 */
public record ToolResult(List<String> columns, List<List<String>> rows, List<String> notes, RulebookChange change) {

    /** Copies the lists. */
    public ToolResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
    }

    /** The proposed change of a draft rulebook, if the tool proposes one. */
    public Optional<RulebookChange> proposedChange() {
        return Optional.ofNullable(change);
    }
}
