package se.vardval.core.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;

/** The units with a contract in a run's period by HSA-id, and the register's providers they belong to. */
public final class ContractedUnits {

    private final Map<String, Unit> units;
    private final Map<String, Provider> providers;

    private ContractedUnits(Map<String, Unit> units, Map<String, Provider> providers) {
        this.units = Collections.unmodifiableMap(units);
        this.providers = providers;
    }

    /** The units and providers of a run's inputs. */
    public static ContractedUnits of(RunInputs inputs) {
        return of(inputs.units(), inputs.providers());
    }

    /** The given units and providers; where the register repeats a key, the first stands. */
    public static ContractedUnits of(List<Unit> units, List<Provider> providers) {
        return new ContractedUnits(
                units.stream().collect(Collectors.toMap(Unit::hsaId, Function.identity(), (a, b) -> a, TreeMap::new)),
                providers.stream().collect(Collectors.toMap(Provider::orgNr, Function.identity(), (a, b) -> a)));
    }

    /** The units by HSA-id, in HSA-id order. */
    public Map<String, Unit> byHsaId() {
        return units;
    }

    /** Whether the unit has a contract in the period. */
    public boolean contains(String hsaId) {
        return units.containsKey(hsaId);
    }

    /** The organisationsnummer of a contracted unit's provider, or null for a unit without a contract. */
    public String orgNrOf(String hsaId) {
        Unit unit = units.get(hsaId);
        return unit == null ? null : unit.orgNr();
    }

    /** The provider of a contracted unit, or null when the unit has no contract or the register lacks its provider. */
    public Provider providerOf(String hsaId) {
        String orgNr = orgNrOf(hsaId);
        return orgNr == null ? null : providers.get(orgNr);
    }

    /** Whether the unit belongs to a PRIVATE provider; false when it has no contract or its provider is unknown. */
    public boolean isPrivate(String hsaId) {
        Provider provider = providerOf(hsaId);
        return provider != null && provider.ownership() == Ownership.PRIVATE;
    }

    /**
     * The lines of contracted units, in {@link PaymentLine#ORDER}. The lines of any other unit are not paid: for each
     * such unit, in HSA-id order, {@code warnings} is given a warning UNIT_WITHOUT_CONTRACT that opens with what the
     * unit had in {@code period} (e.g. "Kliniken har listade barn eller akuttandvård") and counts and sums its lines.
     */
    public List<PaymentLine> paidLines(List<PaymentLine> lines, YearMonth period, String opening,
            Consumer<RunWarning> warnings) {
        List<PaymentLine> paid = new ArrayList<>();
        Map<String, List<PaymentLine>> withoutContract = new TreeMap<>();
        for (PaymentLine line : lines) {
            if (contains(line.hsaId())) {
                paid.add(line);
            } else {
                withoutContract.computeIfAbsent(line.hsaId(), u -> new ArrayList<>()).add(line);
            }
        }
        withoutContract.forEach((hsaId, unpaid) -> warnings.accept(new RunWarning(hsaId, "UNIT_WITHOUT_CONTRACT",
                opening + " under " + period + " men inget avtal i vårdvalet, så dess rader betalas inte ut: "
                        + unpaid.size() + " st, totalt " + SwedishNumbers.kronor(unpaid.stream()
                                .map(PaymentLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                        + ". Komponenter: " + String.join(", ", unpaid.stream().map(PaymentLine::component).toList())
                        + ".")));
        paid.sort(PaymentLine.ORDER);
        return List.copyOf(paid);
    }
}
