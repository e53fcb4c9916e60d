package se.vardval.imports.internal;

import se.vardval.core.domain.OrgNr;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.imports.ImportSink;

/** Rows of {@code providers.csv}. */
final class ProviderRows extends RowParser<Provider> {

    ProviderRows(References references) {
        super(references);
    }

    @Override
    Provider parse(Row row) {
        String orgNr = row.required("org_nr", OrgNr::normalise);
        String name = row.required("name");
        Ownership ownership = row.required("ownership", Values.enumOf(Ownership.class, "okänd driftform"));
        return new Provider(orgNr, name, ownership);
    }

    @Override
    String keyColumn() {
        return "org_nr";
    }

    @Override
    Object[] naturalKey(Provider provider) {
        return new Object[] { provider.orgNr() };
    }

    @Override
    void deliver(Provider provider, long line, ImportSink sink) {
        sink.provider(provider, line);
    }

    @Override
    void define(Provider provider) {
        defined().providers().add(provider.orgNr());
    }
}
