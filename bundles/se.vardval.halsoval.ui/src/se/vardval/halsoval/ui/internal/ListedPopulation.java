package se.vardval.halsoval.ui.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Ages;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;

/**
 * The persons listed at each unit on a listing day: by five-year age band (0–4 … 95–99, 100+) and sex, and by CNI
 * variable, read in one pass over the listings; and each unit's Care Need Index as Hälsoval defines it (the weighted
 * per-listed index over the regional one, or over {@code cni.reference} when the rulebook sets it).
 */
final class ListedPopulation {

    /** The number of five-year age bands, the last one open (100+). */
    static final int BANDS = 21;

    /** One unit's listed persons. */
    static final class UnitFacts {

        private final Unit unit;
        private final int[] women = new int[BANDS];
        private final int[] men = new int[BANDS];
        private final Map<CniFlag, Integer> flags = new EnumMap<>(CniFlag.class);
        private int listed;

        UnitFacts(Unit unit) {
            this.unit = unit;
        }

        Unit unit() {
            return unit;
        }

        int listed() {
            return listed;
        }

        int[] women() {
            return women;
        }

        int[] men() {
            return men;
        }

        int flagged(CniFlag flag) {
            return flags.getOrDefault(flag, 0);
        }
    }

    private final LocalDate day;
    private final Map<String, UnitFacts> units = new LinkedHashMap<>();
    private final Map<CniFlag, BigDecimal> weights = new EnumMap<>(CniFlag.class);
    private final BigDecimal reference;

    private ListedPopulation(LocalDate day, JsonNode parameters) {
        this.day = day;
        JsonNode cni = parameters.path("cni");
        for (CniFlag flag : CniFlag.values()) {
            JsonNode weight = cni.path("weights").path(flag.name());
            weights.put(flag, weight.isNumber() ? weight.decimalValue() : flag.scbWeight());
        }
        reference = cni.path("reference").isNumber() ? cni.path("reference").decimalValue() : null;
    }

    /** Reads the listings of {@code inputs} valid on {@code day}. */
    static ListedPopulation read(RunInputs inputs, LocalDate day) {
        ListedPopulation population = new ListedPopulation(day, inputs.parameters());
        List<Unit> units = inputs.units().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        units.forEach(u -> population.units.put(u.hsaId(), new UnitFacts(u)));
        inputs.forEachListedOn(day, population::add);
        return population;
    }

    private void add(ListedPerson person) {
        UnitFacts facts = units.computeIfAbsent(person.hsaId(),
                hsa -> new UnitFacts(new Unit(hsa, hsa, "", null, null)));
        facts.listed++;
        int band = Math.min(Ages.completedYears(person.birthDate(), day) / 5, BANDS - 1);
        (person.sex() == Sex.F ? facts.women : facts.men)[band]++;
        Person record = person.person();
        if (record != null && record.cniFlags() != null) {
            record.cniFlags().forEach(flag -> facts.flags.merge(flag, 1, Integer::sum));
        }
    }

    /** The listing day. */
    LocalDate day() {
        return day;
    }

    /** The units, by name. */
    List<UnitFacts> units() {
        return List.copyOf(units.values());
    }

    /** The persons listed in the vårdval on the day. */
    int listed() {
        return units.values().stream().mapToInt(UnitFacts::listed).sum();
    }

    /** Σ weight × persons with the variable, per listed person of the unit (zero for a unit with no one listed). */
    BigDecimal index(UnitFacts unit) {
        if (unit.listed == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (CniFlag flag : CniFlag.values()) {
            sum = sum.add(weights.get(flag).multiply(BigDecimal.valueOf(unit.flagged(flag))));
        }
        return sum.divide(BigDecimal.valueOf(unit.listed), MathContext.DECIMAL64);
    }

    /** The unit's CNI: its index over the rulebook's reference, else over the regional index. */
    BigDecimal cni(UnitFacts unit) {
        BigDecimal base = reference != null ? reference : regionalIndex();
        return base.signum() == 0 ? BigDecimal.ZERO : index(unit).divide(base, MathContext.DECIMAL64);
    }

    private BigDecimal regionalIndex() {
        int listed = listed();
        if (listed == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (UnitFacts unit : units.values()) {
            sum = sum.add(index(unit).multiply(BigDecimal.valueOf(unit.listed)));
        }
        return sum.divide(BigDecimal.valueOf(listed), MathContext.DECIMAL64);
    }
}
