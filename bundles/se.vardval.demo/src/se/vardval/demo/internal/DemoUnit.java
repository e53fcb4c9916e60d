package se.vardval.demo.internal;

import se.vardval.core.domain.Provider;

/** A generated health centre with the traits that shape its population, activity and follow-up. */
final class DemoUnit {

    private final int index;
    private final String hsaId;
    private final String name;
    private final Provider provider;
    private final Municipality municipality;
    private final double size;
    private final double needFactor;
    private final double careGuaranteeRate;
    private final double phoneAccessRate;
    private final int attraction;
    private int catchment;

    DemoUnit(int index, String hsaId, String name, Provider provider, Municipality municipality, double size,
            double needFactor, double careGuaranteeRate, double phoneAccessRate, int attraction) {
        this.index = index;
        this.hsaId = hsaId;
        this.name = name;
        this.provider = provider;
        this.municipality = municipality;
        this.size = size;
        this.needFactor = needFactor;
        this.careGuaranteeRate = careGuaranteeRate;
        this.phoneAccessRate = phoneAccessRate;
        this.attraction = attraction;
    }

    /** The position of the unit in the region's list. */
    int index() {
        return index;
    }

    String hsaId() {
        return hsaId;
    }

    String name() {
        return name;
    }

    Provider provider() {
        return provider;
    }

    Municipality municipality() {
        return municipality;
    }

    /** How many of its municipality's inhabitants the unit draws, relative to the others (around 1). */
    double size() {
        return size;
    }

    /** How much more often than average its inhabitants carry CNI flags (around 1). */
    double needFactor() {
        return needFactor;
    }

    /** The share of first medical assessments within three days. */
    double careGuaranteeRate() {
        return careGuaranteeRate;
    }

    /** The share of calls answered the same day. */
    double phoneAccessRate() {
        return phoneAccessRate;
    }

    /** How strongly the unit draws out-of-county visitors (ski resorts draw more). */
    int attraction() {
        return attraction;
    }

    /** The inhabitants whose nearest unit this is. */
    int catchment() {
        return catchment;
    }

    /** Counts one more inhabitant in the catchment area. */
    void addToCatchment() {
        catchment++;
    }
}
