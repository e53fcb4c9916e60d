package se.vardval.core.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Distances from a listed person's home to the nearest care from {@code fromKm} inclusive to {@code toKm} exclusive
 * ({@code toKm} null: no end), as sparsity payments band them.
 */
public record DistanceBand(BigDecimal fromKm, BigDecimal toKm) {

    /** A band; {@code fromKm} is required. */
    public DistanceBand {
        if (fromKm == null) {
            throw new IllegalArgumentException("a distance band needs its start");
        }
    }

    /** Whether the distance falls in the band. */
    public boolean contains(BigDecimal km) {
        return km.compareTo(fromKm) >= 0 && (toKm == null || km.compareTo(toKm) < 0);
    }

    /** The index of the first band holding the distance, or −1 when the distance is unknown or in no band. */
    public static int indexOf(List<DistanceBand> bands, BigDecimal km) {
        if (km == null) {
            return -1;
        }
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).contains(km)) {
                return i;
            }
        }
        return -1;
    }
}
