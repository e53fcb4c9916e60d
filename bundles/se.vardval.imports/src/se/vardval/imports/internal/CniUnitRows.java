package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.imports.ImportSink;

/** Rows of {@code cni_units.csv}: SCB's counts per CNI variable ({@code n_under5} …), index and CNI per unit. */
final class CniUnitRows extends RowParser<CniUnit> {

    CniUnitRows(References references) {
        super(references);
    }

    /** The column of a flag's count, e.g. {@code n_foreign_born}. */
    static String countColumn(CniFlag flag) {
        return "n_" + flag.name().toLowerCase(Locale.ROOT);
    }

    @Override
    CniUnit parse(Row row) {
        String hsaId = row.required("hsa_id");
        if (hsaId != null) {
            checkReference(row, "hsa_id", references().unit(hsaId), "okänd enhet");
        }
        YearMonth period = row.required("period", Values::period);
        Integer population = row.required("population", Values.nonNegativeInteger("negativ befolkning"));
        Map<CniFlag, Integer> counts = new EnumMap<>(CniFlag.class);
        for (CniFlag flag : CniFlag.values()) {
            Integer count = row.required(countColumn(flag), Values.nonNegativeInteger("negativt antal"));
            if (count != null && population != null && count > population) {
                row.error(countColumn(flag), "antalet " + count + " är större än befolkningen " + population);
            }
            counts.put(flag, count);
        }
        BigDecimal index = row.required("index", Values.nonNegativeDecimal("negativt index"));
        BigDecimal cni = row.required("cni", Values.nonNegativeDecimal("negativt CNI"));
        return population == null ? null
                : new CniUnit(hsaId, period, population, Collections.unmodifiableMap(counts), index, cni);
    }

    @Override
    String keyColumn() {
        return "period";
    }

    @Override
    Object[] naturalKey(CniUnit cniUnit) {
        return new Object[] { cniUnit.hsaId(), cniUnit.period() };
    }

    @Override
    void deliver(CniUnit cniUnit, long line, ImportSink sink) {
        sink.cniUnit(cniUnit, line);
    }
}
