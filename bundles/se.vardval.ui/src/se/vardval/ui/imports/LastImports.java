package se.vardval.ui.imports;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.AuditQuery;
import se.vardval.core.store.RunInputChanges;
import se.vardval.ui.format.SwedishFormat;

/**
 * When each file name was last imported and by whom, from the audit log, so that the import wizard shows whether a
 * month's file is already in.
 */
final class LastImports {

    private static final int READ = 2_000;

    private final Map<String, AuditEntry> newest;

    private LastImports(Map<String, AuditEntry> newest) {
        this.newest = newest;
    }

    /** The newest import of each file name among the log's latest imports; none without a log. */
    static LastImports read(AuditLog audit) {
        Map<String, AuditEntry> newest = new HashMap<>();
        if (audit != null) {
            audit.entries(AuditQuery.newest(RunInputChanges.IMPORTED_FILE, READ))
                    .forEach(entry -> newest.putIfAbsent(entry.entityKey(), entry));
        }
        return new LastImports(newest);
    }

    /** {@code 2026-11-24 13:49, greta} for a file name imported before; empty for one never imported. */
    String of(Path file) {
        AuditEntry entry = newest.get(file.getFileName().toString());
        return entry == null ? "" : SwedishFormat.time(entry.at()) + ", " + entry.user();
    }
}
