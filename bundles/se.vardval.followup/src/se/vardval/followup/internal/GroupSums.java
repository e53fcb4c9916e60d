package se.vardval.followup.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.Sex;
import se.vardval.followup.IndicatorValue;

/** Per unit and sex, the sums of one indicator's numerators and denominators and the persons behind them. */
final class GroupSums {

    private record Group(String hsaId, Sex sex) {
    }

    private final Map<Group, long[]> sums = new HashMap<>();

    /** Adds one person's numerator and denominator to the person's sex and to everyone at the unit. */
    void add(String hsaId, Sex sex, long numerator, long denominator) {
        add(new Group(hsaId, null), numerator, denominator);
        if (sex != null) {
            add(new Group(hsaId, sex), numerator, denominator);
        }
    }

    private void add(Group group, long numerator, long denominator) {
        long[] sum = sums.computeIfAbsent(group, g -> new long[3]);
        sum[0] += numerator;
        sum[1] += denominator;
        sum[2]++;
    }

    /** The sums as values of the indicator, ordered by unit and then everyone, women, men. */
    List<IndicatorValue> values(String indicator) {
        List<IndicatorValue> values = new ArrayList<>();
        sums.forEach((group, sum) -> values.add(new IndicatorValue(group.hsaId(), indicator, group.sex(),
                BigDecimal.valueOf(sum[0]), BigDecimal.valueOf(sum[1]), sum[2])));
        values.sort(Comparator.comparing(IndicatorValue::hsaId).thenComparing(IndicatorValue::sex,
                Comparator.nullsFirst(Comparator.naturalOrder())));
        return values;
    }
}
