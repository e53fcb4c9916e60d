package se.vardval.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.service.UserError;

/** Shows or exports the audit log: who changed what when, with the state before and after. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Shows the audit log of changes to vårdval, providers, units, contracts, rulebooks and runs, "
                + "newest first; with --out writes it as CSV with the state before and after each change.")
class AuditCommand extends ServiceCommand {

    private static final String[] HEADER = { "at", "user", "entity", "entity_key", "action", "before", "after" };

    @Option(names = "--entity", paramLabel = "<entity>",
            description = "Only changes of this entity type, e.g. provider, unit, contract, rulebook, payment_run.")
    String entity;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "50", description = "At most n entries (default 50).")
    int limit;

    @Option(names = "--out", paramLabel = "<file.csv>", description = "Write the entries to a CSV file.")
    Path outFile;

    AuditCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() throws IOException {
        if (limit < 1) {
            throw new UserError("--limit must be at least 1, not " + limit);
        }
        List<AuditEntry> entries = services.audit().entries(entity, limit);
        if (outFile != null) {
            write(entries);
            out().printf("wrote %d entries to %s%n", entries.size(), outFile);
            return 0;
        }
        for (AuditEntry entry : entries) {
            out().printf("%s  %-12s %-12s %-24s %s%n", entry.at(), entry.user(), entry.entity(), entry.entityKey(),
                    entry.action());
        }
        return 0;
    }

    private void write(List<AuditEntry> entries) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\n").setHeader(HEADER)
                .get();
        try (Writer writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (AuditEntry e : entries) {
                printer.printRecord(e.at(), e.user(), e.entity(), e.entityKey(), e.action(), e.before(), e.after());
            }
        } catch (NoSuchFileException e) {
            throw new UserError("cannot write " + outFile + ": no such directory");
        }
    }
}
