package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.vardval.core.model.DistanceBand;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.RunInputs;
import se.vardval.halsoval.internal.HalsovalParameters.SparsityMode;

/** The listing day's listings, counted in groups, tallied per unit and for the whole vårdval. */
final class ListingTally implements Consumer<ListedGroup> {

    /**
     * How the parameters count the listings: in sparsity's distance bands when it pays by distance (else in none), and
     * by age up to the oldest age the capitation or drug weights tell apart.
     */
    record Counting(List<DistanceBand> distanceBands, int lastDistinctAge) {

        /** The counting the parameters ask for. */
        static Counting of(HalsovalParameters parameters) {
            List<DistanceBand> bands = parameters.sparsity().mode() == SparsityMode.DISTANCE
                    ? parameters.sparsity().distanceBands().stream().map(b -> new DistanceBand(b.fromKm(), b.toKm()))
                            .toList()
                    : List.of();
            return new Counting(bands, Math.max(parameters.capitation().weights().lastDistinctAge(),
                    parameters.drugs().weights().lastDistinctAge()));
        }
    }

    private final List<DistanceBand> distanceBands;
    private final int lastDistinctAge;
    private final Map<String, UnitTally> byUnit = new TreeMap<>();
    private final UnitTally all;
    private final Map<String, Integer> invalidPersonIds = new TreeMap<>();

    private ListingTally(Counting counting) {
        this.distanceBands = counting.distanceBands();
        this.lastDistinctAge = counting.lastDistinctAge();
        this.all = new UnitTally(lastDistinctAge, distanceBands.size());
    }

    /** The listings of {@code day} counted as the parameters count them. */
    static ListingTally count(RunInputs inputs, LocalDate day, HalsovalParameters parameters) {
        ListingTally tally = new ListingTally(Counting.of(parameters));
        inputs.forEachListedGroupOn(day, tally.distanceBands(), tally);
        return tally;
    }

    /** The distance bands the listings are counted in: sparsity's, when it pays by distance, else none. */
    List<DistanceBand> distanceBands() {
        return distanceBands;
    }

    @Override
    public void accept(ListedGroup group) {
        if (!group.readable()) {
            invalidPersonIds.merge(group.hsaId(), group.listed(), Integer::sum);
            return;
        }
        byUnit.computeIfAbsent(group.hsaId(), h -> new UnitTally(lastDistinctAge, distanceBands.size())).add(group);
        all.add(group);
    }

    /** The band holding the distance, or −1 when sparsity is not by distance or the distance is unknown. */
    int distanceBand(BigDecimal distanceKm) {
        return DistanceBand.indexOf(distanceBands, distanceKm);
    }

    /** The tallies of the units that have listed persons, by HSA-id in order. */
    Map<String, UnitTally> byUnit() {
        return byUnit;
    }

    /** The tally of one unit; empty when nobody is listed there. */
    UnitTally unit(String hsaId) {
        return byUnit.getOrDefault(hsaId, new UnitTally(lastDistinctAge, distanceBands.size()));
    }

    /** The tally of everyone listed in the vårdval. */
    UnitTally all() {
        return all;
    }

    /** Listings skipped because the person has no record and an invalid personnummer, per unit. */
    Map<String, Integer> invalidPersonIds() {
        return invalidPersonIds;
    }
}
