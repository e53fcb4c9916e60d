package se.vardval.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.service.UserError;
import se.vardval.core.store.AuditQuery;
import se.vardval.exports.AuditExport;

/** Shows or exports the audit log: who changed what when, with the state before and after. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Shows the audit log of changes to vårdval, providers, units, contracts, rulebooks, runs, users "
                + "and vårdval settings, newest first; with --out writes it as CSV or xlsx with the state before and "
                + "after each change (personnummer masked).")
class AuditCommand extends ServiceCommand {

    @Option(names = "--entity", paramLabel = "<entity>",
            description = "Only changes of this entity type, e.g. provider, unit, contract, rulebook, payment_run.")
    String entity;

    @Option(names = "--from", paramLabel = "<ÅÅÅÅ-MM-DD>", description = "Only changes on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "<ÅÅÅÅ-MM-DD>", description = "Only changes on or before this day.")
    LocalDate to;

    @Option(names = "--by", paramLabel = "<user>", description = "Only changes by this user.")
    String by;

    @Option(names = "--text", paramLabel = "<text>",
            description = "Only changes whose entity key or state before or after contains the text, e.g. an HSA-id.")
    String text;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "50", description = "At most n entries (default 50).")
    int limit;

    @Option(names = "--out", paramLabel = "<file.csv|file.xlsx>",
            description = "Write the entries to a CSV file or, for a name ending in .xlsx, a workbook.")
    Path outFile;

    AuditCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new UserError("--limit måste vara minst 1, inte " + limit);
        }
        List<AuditEntry> entries = services.audit().entries(new AuditQuery(from, to, by, entity, text, limit));
        if (outFile != null) {
            write(entries);
            out().printf("wrote %d entries to %s%n", entries.size(), outFile);
            return 0;
        }
        AuditExport export = new AuditExport(ZoneId.systemDefault());
        for (AuditEntry entry : entries) {
            List<String> fields = export.fields(entry);
            out().printf("%s  %-12s %-14s %-24s %s%n", fields.get(0), entry.user(), entry.entity(), fields.get(3),
                    entry.action());
        }
        return 0;
    }

    private void write(List<AuditEntry> entries) throws IOException {
        AuditExport export = new AuditExport(ZoneId.systemDefault());
        try (OutputStream out = Files.newOutputStream(outFile)) {
            if (outFile.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
                export.writeXlsx(entries, out);
            } else {
                export.writeCsv(entries, out);
            }
        } catch (NoSuchFileException e) {
            throw new UserError("kan inte skriva " + outFile + ": katalogen finns inte");
        }
    }
}
