package se.vardval.imports.internal;

import se.vardval.core.domain.OrgNr;
import se.vardval.core.domain.Unit;
import se.vardval.imports.ImportSink;

/** Rows of {@code units.csv}. */
final class UnitRows extends RowParser<Unit> {

    UnitRows(References references) {
        super(references);
    }

    @Override
    Unit parse(Row row) {
        String hsaId = row.required("hsa_id");
        String name = row.required("name");
        String orgNr = row.required("org_nr", OrgNr::normalise);
        if (orgNr != null) {
            checkReference(row, "org_nr", references().provider(orgNr), "okänd vårdgivare");
        }
        String municipality = row.required("municipality", Values::municipality);
        Integer catchment = row.optional("catchment_population",
                Values.nonNegativeInteger("negativ befolkning i upptagningsområdet"));
        return new Unit(hsaId, name, orgNr, municipality, catchment);
    }

    @Override
    String keyColumn() {
        return "hsa_id";
    }

    @Override
    Object[] naturalKey(Unit unit) {
        return new Object[] { unit.hsaId() };
    }

    @Override
    void deliver(Unit unit, long line, ImportSink sink) {
        sink.unit(unit, line);
    }

    @Override
    void define(Unit unit) {
        defined().units().put(unit.hsaId(), unit.orgNr());
    }
}
