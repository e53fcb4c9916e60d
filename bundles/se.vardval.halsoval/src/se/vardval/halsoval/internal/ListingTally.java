package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.vardval.core.model.ListedPerson;
import se.vardval.halsoval.internal.HalsovalParameters.DistanceBand;
import se.vardval.halsoval.internal.HalsovalParameters.SparsityMode;
import se.vardval.halsoval.internal.ListedFacts.AgeOnDay;

/** One streaming pass over the listing day's listings that tallies each unit and the whole vårdval. */
final class ListingTally implements Consumer<ListedPerson> {

    private final HalsovalParameters parameters;
    private final AgeOnDay ages;
    private final int lastDistinctAge;
    private final int distanceBands;
    private final Map<String, UnitTally> byUnit = new TreeMap<>();
    private final Map<String, UnitTally> byUnitLookup = new HashMap<>();
    private final UnitTally all;
    private final Map<String, Integer> invalidPersonIds = new TreeMap<>();

    ListingTally(HalsovalParameters parameters, LocalDate listingDay) {
        this.parameters = parameters;
        this.ages = new AgeOnDay(listingDay);
        this.lastDistinctAge = Math.max(parameters.capitation().weights().lastDistinctAge(),
                parameters.drugs().weights().lastDistinctAge());
        this.distanceBands = parameters.sparsity().mode() == SparsityMode.DISTANCE
                ? parameters.sparsity().distanceBands().size() : 0;
        this.all = new UnitTally(lastDistinctAge, distanceBands);
    }

    @Override
    public void accept(ListedPerson listed) {
        ListedFacts facts;
        try {
            facts = ListedFacts.of(listed, ages);
        } catch (IllegalArgumentException e) {
            invalidPersonIds.merge(listed.hsaId(), 1, Integer::sum);
            return;
        }
        int band = distanceBand(facts.distanceKm());
        UnitTally unit = byUnitLookup.get(facts.hsaId());
        if (unit == null) {
            unit = new UnitTally(lastDistinctAge, distanceBands);
            byUnitLookup.put(facts.hsaId(), unit);
            byUnit.put(facts.hsaId(), unit);
        }
        unit.add(facts, band);
        all.add(facts, band);
    }

    /** The band holding the distance, or −1 when sparsity is not by distance or the distance is unknown. */
    int distanceBand(BigDecimal distanceKm) {
        if (distanceBands == 0 || distanceKm == null) {
            return -1;
        }
        var bands = parameters.sparsity().distanceBands();
        for (int i = 0; i < bands.size(); i++) {
            DistanceBand band = bands.get(i);
            boolean belowEnd = band.toKm() == null || distanceKm.compareTo(band.toKm()) < 0;
            if (distanceKm.compareTo(band.fromKm()) >= 0 && belowEnd) {
                return i;
            }
        }
        return -1;
    }

    /** The tallies of the units that have listed persons, by HSA-id in order. */
    Map<String, UnitTally> byUnit() {
        return byUnit;
    }

    /** The tally of one unit; empty when nobody is listed there. */
    UnitTally unit(String hsaId) {
        return byUnit.getOrDefault(hsaId, new UnitTally(lastDistinctAge, distanceBands));
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
