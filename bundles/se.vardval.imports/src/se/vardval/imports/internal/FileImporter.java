package se.vardval.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.ImportFileContribution;
import se.vardval.imports.ImportFileType;
import se.vardval.imports.ImportProgress;
import se.vardval.imports.ImportReferences;
import se.vardval.imports.ImportResult;
import se.vardval.imports.ImportSink;

/** Reads the files of one import, letting each file refer to the keys of the error-free files read before it. */
public final class FileImporter {

    private final ImportReferences stored;
    private final ActivityCodes codes;
    private final KnownKeys imported = new KnownKeys();

    /** An importer resolving references against the given database side and reading the plugins' code keys. */
    public FileImporter(ImportReferences stored, Collection<ActivityCodeKeys> codeKeys) {
        this.stored = stored;
        this.codes = new ActivityCodes(new DeclaredCodeKeys(codeKeys));
    }

    /** Reads one file to its end; see {@link se.vardval.imports.ImportSession}. */
    public ImportResult read(String fileName, InputStream in, long totalBytes, ImportFileType type, ImportSink sink,
            ImportProgress progress) throws IOException {
        RowParser<?> parser = parserFor(type, new References(stored, imported));
        return read(new CsvFileReader<>(fileName, type, type.columns(), type.requiredColumns(), parser), parser, in,
                totalBytes, sink, progress);
    }

    /** Reads one file a plugin contributes to its end; see {@link se.vardval.imports.ImportSession}. */
    public ImportResult read(String fileName, InputStream in, long totalBytes, ImportFileContribution<?> contribution,
            ImportSink sink, ImportProgress progress) throws IOException {
        RowParser<?> parser = new ContributedRows<>(new References(stored, imported), contribution);
        return read(new CsvFileReader<>(fileName, null, contribution.columns(), contribution.requiredColumns(),
                parser), parser, in, totalBytes, sink, progress);
    }

    private ImportResult read(CsvFileReader<?> reader, RowParser<?> parser, InputStream in, long totalBytes,
            ImportSink sink, ImportProgress progress) throws IOException {
        ImportResult result = reader.read(in, totalBytes, sink, progress);
        if (result.ok()) {
            imported.addAll(parser.defined());
        }
        return result;
    }

    private RowParser<?> parserFor(ImportFileType type, References references) {
        return switch (type) {
            case PROVIDERS -> new ProviderRows(references);
            case UNITS -> new UnitRows(references);
            case CONTRACTS -> new ContractRows(references);
            case SUPPLEMENTARY -> new SupplementaryRows(references);
            case PERSONS -> new PersonRows(references);
            case LISTINGS -> new ListingRows(references);
            case ACTIVITIES -> new ActivityRows(references, codes);
            case COSTS -> new CostRows(references);
            case CNI_UNITS -> new CniUnitRows(references);
            case INDICATORS -> new IndicatorRows(references);
            case PENALTIES -> new PenaltyRows(references);
        };
    }
}
