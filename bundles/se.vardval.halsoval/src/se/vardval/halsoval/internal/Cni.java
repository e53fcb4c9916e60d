package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.service.UserError;
import se.vardval.halsoval.internal.HalsovalParameters.CniParameters;
import se.vardval.halsoval.internal.HalsovalParameters.CniSource;

/**
 * {@code CNI}: listed(u) × cni(u) × kr per index point / 12, with cni(u) from the listed persons' flags or from
 * SCB's delivery per unit; exact throughout, the index included.
 */
final class Cni implements PaymentComponent {

    static final String CODE = "CNI";

    /**
     * A unit's CNI and how it arose: the index Σ wᵢ·nᵢ over a population, the reference, and whether the CNI exceeds
     * the threshold. A null index means SCB's stated CNI is used as it stands.
     */
    record UnitCni(BigDecimal index, int population, Fraction reference, Fraction cni, boolean paid) {
    }

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        CniParameters cni = run.parameters().cni();
        Map<String, CniUnit> file = fileRows(run);
        List<String> missing = new ArrayList<>();
        if (cni.source() == CniSource.PERSON_FLAGS && reference(run) == null) {
            run.warn(null, "CNI_UNDEFINED", "Ingen listad person har någon CNI-flagga, så regionens referensvärde"
                    + " för CNI är noll och ingen CNI-ersättning betalas. Kontrollera att personregistret har"
                    + " CNI-flaggor.");
            return;
        }
        for (Map.Entry<String, UnitTally> unit : run.listings().byUnit().entrySet()) {
            String hsaId = unit.getKey();
            UnitCni unitCni = unitCni(run, file, hsaId);
            if (unitCni == null) {
                missing.add(hsaId);
                continue;
            }
            if (cni.source() == CniSource.UNIT_FILE) {
                checkAgainstScb(run, file.get(hsaId), unitCni);
            }
            if (unitCni.paid()) {
                int listed = unit.getValue().listed();
                Lines.add(lines, hsaId, CODE, BigDecimal.valueOf(listed), unitCni.cni()
                        .times(BigDecimal.valueOf(listed)).times(cni.krPerIndexPoint()).dividedBy(PaymentLines.MONTHS));
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError("CNI saknas för " + (missing.size() == 1 ? "en enhet" : missing.size() + " enheter")
                    + " med listade personer: " + String.join(", ", missing)
                    + ". Förfrågningsunderlaget anger cni.source = UNIT_FILE, och cni_units har ingen rad för "
                    + run.inputs().period() + " eller en tidigare period (eller så har raden varken CNI eller antal"
                    + " och en cni.reference). Importera SCB:s CNI-leverans och kör igen.");
        }
    }

    @Override
    public boolean owns(String component) {
        return CODE.equals(component);
    }

    /** What one listed person brings: the person's share of the unit's CNI payment. */
    Fraction personKr(RunContext run, ListedFacts person) {
        UnitCni unitCni = unitCni(run, fileRows(run), person.hsaId());
        if (unitCni == null || !unitCni.paid()) {
            return Fraction.ZERO;
        }
        CniParameters cni = run.parameters().cni();
        Fraction perPerson = cni.source() == CniSource.PERSON_FLAGS
                ? Fraction.of(index(person.cniFlags().stream().collect(Collectors.toMap(f -> f, f -> 1)), cni))
                        .dividedBy(unitCni.reference())
                : unitCni.cni();
        return perPerson.times(cni.krPerIndexPoint()).dividedBy(PaymentLines.MONTHS);
    }

    /** The unit's CNI points in a year, listed × cni; null when it is paid no CNI (unknown, or under the threshold). */
    Fraction points(RunContext run, String hsaId) {
        UnitCni unitCni = unitCni(run, fileRows(run), hsaId);
        return unitCni == null || !unitCni.paid() ? null
                : unitCni.cni().times(BigDecimal.valueOf(run.listings().unit(hsaId).listed()));
    }

    /** The unit's CNI, or null when it cannot be known (no listed persons, or no SCB value under UNIT_FILE). */
    UnitCni unitCni(RunContext run, Map<String, CniUnit> file, String hsaId) {
        CniParameters cni = run.parameters().cni();
        UnitCni unitCni;
        if (cni.source() == CniSource.PERSON_FLAGS) {
            UnitTally tally = run.listings().unit(hsaId);
            Fraction reference = reference(run);
            if (tally.listed() == 0 || reference == null) {
                return null;
            }
            BigDecimal index = index(tally, cni);
            unitCni = new UnitCni(index, tally.listed(), reference,
                    Fraction.of(index, BigDecimal.valueOf(tally.listed())).dividedBy(reference), false);
        } else {
            unitCni = fromScb(cni, file.get(hsaId));
            if (unitCni == null) {
                return null;
            }
        }
        boolean paid = cni.threshold() == null || unitCni.cni().compareTo(cni.threshold()) > 0;
        return new UnitCni(unitCni.index(), unitCni.population(), unitCni.reference(), unitCni.cni(), paid);
    }

    /**
     * From SCB's row: with a {@code cni.reference} and counts, cni = Σ wᵢ·nᵢ / population / reference computed
     * exactly; otherwise SCB's stated CNI.
     */
    private static UnitCni fromScb(CniParameters cni, CniUnit row) {
        if (row == null) {
            return null;
        }
        if (cni.reference() != null && row.population() > 0 && row.counts() != null && !row.counts().isEmpty()) {
            BigDecimal index = index(row.counts(), cni);
            Fraction reference = Fraction.of(cni.reference());
            return new UnitCni(index, row.population(),
                    reference, Fraction.of(index, BigDecimal.valueOf(row.population())).dividedBy(reference), false);
        }
        return row.cni() == null ? null : new UnitCni(null, row.population(), null, Fraction.of(row.cni()), false);
    }

    /**
     * Warns when the CNI computed from SCB's counts does not reproduce the index or CNI that SCB states; when SCB's
     * stated CNI is paid (no {@code cni.reference}), when its counts do not reproduce its index.
     */
    private static void checkAgainstScb(RunContext run, CniUnit row, UnitCni computed) {
        if (computed.index() == null) {
            checkIndexAgainstScb(run, row);
            return;
        }
        boolean indexDiffers = differs(computed.index(), row.index());
        boolean cniDiffers = row.cni() != null && computed.cni().round(row.cni().scale()).compareTo(row.cni()) != 0;
        if (indexDiffers || cniDiffers) {
            run.warn(row.hsaId(), "CNI_DIFFERS", "SCB anger " + stated("index", row.index()) + " och "
                    + stated("CNI", row.cni()) + " för " + row.period() + "; antalen med förfrågningsunderlagets"
                    + " vikter och referensvärde ger index " + SwedishNumbers.decimal(computed.index()) + " och CNI "
                    + SwedishNumbers.decimal(computed.cni().round(6)) + ". Det beräknade värdet används; jämför"
                    + " cni.weights och cni.reference med SCB:s leverans.");
        }
    }

    /** Warns when Σ wᵢ·nᵢ over SCB's counts with the rulebook's weights is not the index SCB states. */
    private static void checkIndexAgainstScb(RunContext run, CniUnit row) {
        if (row.counts() == null || row.counts().isEmpty() || row.index() == null) {
            return;
        }
        BigDecimal index = index(row.counts(), run.parameters().cni());
        if (differs(index, row.index())) {
            run.warn(row.hsaId(), "CNI_DIFFERS", "SCB anger index " + SwedishNumbers.decimal(row.index()) + " för "
                    + row.period() + "; antalen med förfrågningsunderlagets vikter ger index "
                    + SwedishNumbers.decimal(index) + ". SCB:s CNI " + SwedishNumbers.decimal(row.cni())
                    + " används; jämför cni.weights med SCB:s leverans.");
        }
    }

    /** Whether a computed value differs from SCB's stated one at the precision SCB states it (none stated: no). */
    private static boolean differs(BigDecimal computed, BigDecimal stated) {
        return stated != null && computed.setScale(stated.scale(), RoundingMode.HALF_UP).compareTo(stated) != 0;
    }

    /** SCB's stated value for a warning, or that SCB states none. */
    private static String stated(String what, BigDecimal value) {
        return value == null ? "inget " + what : what + " " + SwedishNumbers.decimal(value);
    }

    /** The reference: {@code cni.reference}, else Σ wᵢ·nᵢ per listed person over the whole vårdval; null if zero. */
    static Fraction reference(RunContext run) {
        BigDecimal set = run.parameters().cni().reference();
        if (set != null) {
            return Fraction.of(set);
        }
        UnitTally all = run.listings().all();
        BigDecimal index = index(all, run.parameters().cni());
        return index.signum() == 0 ? null : Fraction.of(index, BigDecimal.valueOf(all.listed()));
    }

    private static BigDecimal index(UnitTally tally, CniParameters cni) {
        BigDecimal index = BigDecimal.ZERO;
        for (CniFlag flag : CniFlag.values()) {
            index = index.add(cni.weights().get(flag).multiply(BigDecimal.valueOf(tally.withFlag(flag))));
        }
        return index;
    }

    private static BigDecimal index(Map<CniFlag, Integer> counts, CniParameters cni) {
        BigDecimal index = BigDecimal.ZERO;
        for (Map.Entry<CniFlag, Integer> count : counts.entrySet()) {
            index = index.add(cni.weights().get(count.getKey()).multiply(BigDecimal.valueOf(count.getValue())));
        }
        return index;
    }

    private static Map<String, CniUnit> fileRows(RunContext run) {
        return run.inputs().cniUnits().stream().collect(Collectors.toMap(CniUnit::hsaId, Function.identity(),
                (a, b) -> a.period().isAfter(b.period()) ? a : b));
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        CniParameters cni = run.parameters().cni();
        Map<String, CniUnit> file = fileRows(run);
        UnitCni unitCni = unitCni(run, file, hsaId);
        Rows rows = new Rows(maxRows);
        if (unitCni == null) {
            return rows.explanation("Enheten har inget känt CNI för " + run.inputs().period() + ".", "Variabel",
                    "Vikt", "Antal", "Vikt × antal");
        }
        CniUnit scb = file.get(hsaId);
        if (unitCni.index() != null) {
            for (CniFlag flag : CniFlag.values()) {
                int count = cni.source() == CniSource.PERSON_FLAGS ? run.listings().unit(hsaId).withFlag(flag)
                        : scb.counts().getOrDefault(flag, 0);
                BigDecimal weight = cni.weights().get(flag);
                rows.add(flag.name(), PaymentLines.show(weight), Integer.toString(count),
                        PaymentLines.show(weight.multiply(BigDecimal.valueOf(count))));
            }
        }
        String how = unitCni.index() == null
                ? "cni = " + SwedishNumbers.decimal(unitCni.cni().round(6)) + " enligt SCB:s leverans för "
                        + scb.period() + "."
                : "cni = index " + SwedishNumbers.decimal(unitCni.index()) + " / befolkning " + unitCni.population()
                        + " / referensvärde " + SwedishNumbers.decimal(unitCni.reference().round(6)) + " = "
                        + SwedishNumbers.decimal(unitCni.cni().round(6))
                        + (cni.source() == CniSource.UNIT_FILE ? " (SCB:s antal för " + scb.period() + ")" : "")
                        + ".";
        String threshold = cni.threshold() == null ? ""
                : " Tröskel " + SwedishNumbers.decimal(cni.threshold())
                        + (unitCni.paid() ? ": överskriden." : ": inte överskriden, ingen ersättning.");
        return rows.explanation("listade × cni × " + SwedishNumbers.decimal(cni.krPerIndexPoint())
                + " kr per indexpoäng / 12; "
                + how + threshold, "Variabel", "Vikt", "Antal", "Vikt × antal");
    }
}
