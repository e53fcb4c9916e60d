package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import se.vardval.core.domain.Sex;
import se.vardval.halsoval.internal.HalsovalParameters.AgeBand;

/** An age weight table that answers a weight and a band label for an age in constant time. */
final class AgeTable {

    private final List<AgeBand> bands;
    private final boolean sexSpecific;
    private final int[] bandOfAge;

    AgeTable(List<AgeBand> bands, boolean sexSpecific) {
        this.bands = bands.stream().sorted(Comparator.comparingInt(AgeBand::fromAge)).toList();
        this.sexSpecific = sexSpecific;
        this.bandOfAge = new int[this.bands.getLast().fromAge() + 1];
        for (int i = 0; i < this.bands.size(); i++) {
            AgeBand band = this.bands.get(i);
            int to = band.toAge() == null ? bandOfAge.length - 1 : band.toAge();
            for (int age = band.fromAge(); age <= to; age++) {
                bandOfAge[age] = i;
            }
        }
    }

    /** The highest age that still needs its own entry: every older person is in the same (open) band. */
    int lastDistinctAge() {
        return bandOfAge.length - 1;
    }

    /** The weight of the band holding {@code age}, the sex's own weight when the table is sex-specific. */
    BigDecimal weight(int age, Sex sex) {
        AgeBand band = band(age);
        if (!sexSpecific) {
            return band.weight();
        }
        return sex == Sex.F ? band.weightF() : band.weightM();
    }

    /** The band holding {@code age} as shown to people, e.g. {@code 10–14} or {@code 100+}. */
    String label(int age) {
        AgeBand band = band(age);
        return band.toAge() == null ? band.fromAge() + "+" : band.fromAge() + "–" + band.toAge();
    }

    private AgeBand band(int age) {
        return bands.get(bandOfAge[Math.min(age, bandOfAge.length - 1)]);
    }
}
