package se.vardval.followup.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.Sex;
import se.vardval.followup.IndicatorValue;

/**
 * The regional value (the whole vårdval) of each indicator and sex, pooled over the units: Σ numerators / Σ
 * denominators, the group size being the sum of the units' group sizes. Units whose own value is suppressed count.
 */
final class RegionalValues {

    private record Key(String indicator, Sex sex) {
    }

    private RegionalValues() {
    }

    /** One regional value per indicator and sex found among the units' values. */
    static List<IndicatorValue> of(Collection<IndicatorValue> unitValues) {
        Map<Key, IndicatorValue> region = new LinkedHashMap<>();
        for (IndicatorValue v : unitValues) {
            region.merge(new Key(v.indicator(), v.sex()),
                    new IndicatorValue(null, v.indicator(), v.sex(), v.numerator(), v.denominator(), v.count()),
                    (a, b) -> new IndicatorValue(null, a.indicator(), a.sex(), a.numerator().add(b.numerator()),
                            a.denominator().add(b.denominator()), a.count() + b.count()));
        }
        return new ArrayList<>(region.values());
    }
}
