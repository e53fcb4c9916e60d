package se.vardval.followup.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import se.vardval.core.domain.Indicator;
import se.vardval.followup.IndicatorValue;

/**
 * The period's rows of {@code indicators.csv} as follow-up values. The group size of an imported value is its
 * denominator (the patients, calls or listed persons it was measured on), rounded down. Rows with the code of a
 * computed indicator are ignored: those codes are the product's own.
 */
final class ImportedIndicators {

    private ImportedIndicators() {
    }

    /** The values of the given units. */
    static List<IndicatorValue> of(Collection<Indicator> indicators, Set<String> hsaIds) {
        return indicators.stream().filter(i -> hsaIds.contains(i.hsaId()) && !IndicatorCatalog.isComputed(i.indicator()))
                .map(i -> new IndicatorValue(i.hsaId(), i.indicator(), i.sex(), i.numerator(), i.denominator(),
                        i.denominator().max(BigDecimal.ZERO).longValue()))
                .toList();
    }
}
