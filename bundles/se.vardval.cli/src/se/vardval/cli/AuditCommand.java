package se.vardval.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.vardval.core.domain.AuditEntry;
import se.vardval.core.store.AuditQuery;
import se.vardval.exports.AuditExport;

/** Shows or exports the audit log: who changed what when, with the state before and after. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Visar ändringsloggen över ändringar av vårdval, vårdgivare, enheter, avtal, "
                + "förfrågningsunderlag, körningar, användare och vårdvalens inställningar och över importerade filer, "
                + "senaste först; med --out "
                + "skrivs den som CSV eller xlsx med tillståndet före och efter varje ändring (personnummer "
                + "maskerade).")
class AuditCommand extends ServiceCommand {

    @Option(names = "--entity", paramLabel = "<typ>",
            description = "Bara ändringar av typen, t.ex. provider, unit, contract, rulebook, payment_run, import.")
    String entity;

    @Option(names = "--from", paramLabel = "<ÅÅÅÅ-MM-DD>", description = "Bara ändringar den dagen eller senare.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "<ÅÅÅÅ-MM-DD>", description = "Bara ändringar den dagen eller tidigare.")
    LocalDate to;

    @Option(names = "--by", paramLabel = "<användare>", description = "Bara ändringar gjorda av användaren.")
    String by;

    @Option(names = "--text", paramLabel = "<text>",
            description = "Bara ändringar vars nyckel eller tillstånd före eller efter innehåller texten, t.ex. ett "
                    + "HSA-id.")
    String text;

    @Option(names = "--limit", paramLabel = "<n>", defaultValue = "50",
            description = "Högst n ändringar (standard ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--out", paramLabel = "<fil.csv|fil.xlsx>",
            description = "Skriv ändringarna till en CSV-fil eller, för ett namn som slutar på .xlsx, en arbetsbok.")
    Path outFile;

    AuditCommand(CliServices services) {
        super(services);
    }

    @Override
    public Integer call() {
        checkLimit(limit);
        if (outFile != null) {
            CliFiles.checkWritable(outFile);
        }
        List<AuditEntry> entries = services.audit().entries(new AuditQuery(from, to, by, entity, text, limit));
        if (outFile != null) {
            write(entries);
            out().printf("skrev %s ändringar till %s%n", SwedishNumbers.count(entries.size()), outFile);
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

    private void write(List<AuditEntry> entries) {
        AuditExport export = new AuditExport(ZoneId.systemDefault());
        CliFiles.write(outFile, file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                if (file.getFileName().toString().toLowerCase().endsWith(".xlsx")) {
                    export.writeXlsx(entries, out);
                } else {
                    export.writeCsv(entries, out);
                }
            }
        });
    }
}
