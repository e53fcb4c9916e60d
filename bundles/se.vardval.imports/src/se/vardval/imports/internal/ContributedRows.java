package se.vardval.imports.internal;

import se.vardval.core.store.ImportFileContribution;
import se.vardval.imports.ImportSink;

/** Rows of a file a plugin contributes, parsed by its {@link ImportFileContribution}; keys repeat at the first column. */
final class ContributedRows<T> extends RowParser<T> {

    private final ImportFileContribution<T> contribution;

    ContributedRows(References references, ImportFileContribution<T> contribution) {
        super(references);
        this.contribution = contribution;
    }

    @Override
    T parse(Row row) {
        return contribution.parse(new ContributedRow(row, references()));
    }

    /** A plugin's record may not compare by value, so its content is told by its text. */
    @Override
    long content(T record) {
        return Fingerprint.of(record);
    }

    @Override
    String keyColumn() {
        return contribution.columns().getFirst();
    }

    @Override
    Object[] naturalKey(T record) {
        return contribution.naturalKey(record).toArray();
    }

    @Override
    void deliver(T record, long line, ImportSink sink) {
        sink.contributed(record, line);
    }
}
