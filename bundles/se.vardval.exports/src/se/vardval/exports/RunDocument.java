package se.vardval.exports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;

/**
 * Everything the outputs of one payment run show: the run, its vårdval and rulebook decision, the register entries
 * of its units and providers, its lines, its warnings and the items its model rejected.
 */
public record RunDocument(PaymentRun run, CareChoice careChoice, String decision, List<Provider> providers,
        List<Unit> units, List<PaymentLine> lines, List<RunWarning> warnings, List<RejectedItem> rejections) {

    private static final Comparator<RejectedItem> REJECTION_ORDER = Comparator.comparing(RejectedItem::hsaId)
            .thenComparing(RejectedItem::date, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(RejectedItem::itemId);

    /** A document of a run whose model rejected nothing. */
    public RunDocument(PaymentRun run, CareChoice careChoice, String decision, List<Provider> providers,
            List<Unit> units, List<PaymentLine> lines, List<RunWarning> warnings) {
        this(run, careChoice, decision, providers, units, lines, warnings, List.of());
    }

    /** The organisationsnummer of a unit's provider, empty when the unit is not in the register. */
    public String orgNr(String hsaId) {
        return unit(hsaId).map(Unit::orgNr).orElse("");
    }

    /** The register entry of a unit. */
    public Optional<Unit> unit(String hsaId) {
        return units.stream().filter(u -> u.hsaId().equals(hsaId)).findFirst();
    }

    /** The register entry of a provider. */
    public Optional<Provider> provider(String orgNr) {
        return providers.stream().filter(p -> p.orgNr().equals(orgNr)).findFirst();
    }

    /** The provider's name, or its organisationsnummer when it is not in the register. */
    public String providerName(String orgNr) {
        return provider(orgNr).map(Provider::name).orElse(orgNr);
    }

    /** The unit's name, or its HSA-id when it is not in the register. */
    public String unitName(String hsaId) {
        return unit(hsaId).map(Unit::name).orElse(hsaId);
    }

    /** The organisationsnummer of every provider with lines in the run, in order. */
    public List<String> paidProviders() {
        return lines.stream().map(line -> orgNr(line.hsaId())).distinct().sorted().toList();
    }

    /** A provider's lines, sorted by HSA-id and component. */
    public List<PaymentLine> linesOf(String orgNr) {
        return lines.stream().filter(line -> orgNr(line.hsaId()).equals(orgNr))
                .sorted(Comparator.comparing(PaymentLine::hsaId).thenComparing(PaymentLine::component)).toList();
    }

    /**
     * The organisationsnummer of every provider the run concerns, in order: those with lines and those with rejected
     * items only (whose every item was rejected).
     */
    public List<String> providersConcerned() {
        return Stream.concat(lines.stream().map(PaymentLine::hsaId), rejections.stream().map(RejectedItem::hsaId))
                .map(this::orgNr).distinct().sorted().toList();
    }

    /** A provider's rejected items, sorted by HSA-id, date (none last) and item: the only ones its documents show. */
    public List<RejectedItem> rejectionsOf(String orgNr) {
        return rejections.stream().filter(item -> orgNr(item.hsaId()).equals(orgNr)).sorted(REJECTION_ORDER)
                .toList();
    }

    /** Every rejected item of the run, sorted by organisationsnummer, HSA-id, date (none last) and item. */
    public List<RejectedItem> rejectionsInOrder() {
        return rejections.stream().sorted(Comparator.comparing((RejectedItem item) -> orgNr(item.hsaId()))
                .thenComparing(REJECTION_ORDER)).toList();
    }

    /** The number of rejected items per reason code, by code in order. */
    public static Map<String, Long> countByReason(List<RejectedItem> items) {
        return items.stream().collect(Collectors.groupingBy(RejectedItem::reasonCode, TreeMap::new,
                Collectors.counting()));
    }

    /** The warnings about a provider's units: the only ones its documents may show. */
    public List<RunWarning> warningsOf(String orgNr) {
        return warnings.stream().filter(w -> w.hsaId() != null && orgNr(w.hsaId()).equals(orgNr)).toList();
    }

    /** The sum of the lines' amounts. */
    public static BigDecimal total(List<PaymentLine> lines) {
        return lines.stream().map(PaymentLine::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
