package se.vardval.halsoval.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import se.vardval.core.model.RunInputs;

/**
 * The listing day's tallies that explanations counted, kept per vårdval, listing day, counting parameters and
 * {@link RunInputs#listingsVersion() version of the stored listings}, so that the next explanation of the month need
 * not count millions of listings again; a tally counted after an import is kept under the new version, and one of
 * inputs that cannot tell their version is never kept.
 */
final class ListingTallyCache implements RunContext.Tallies {

    /** Tallies kept at most: a few months' listing days of a few vårdval; each is a few hundred units' counts. */
    private static final int CAPACITY = 16;

    /** What a tally depends on: the vårdval's listings and persons of the day as of the version, counted so. */
    private record Key(String careChoice, LocalDate day, ListingTally.Counting counting, String version) {
    }

    private final Map<Key, ListingTally> tallies = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, ListingTally> eldest) {
            return size() > CAPACITY;
        }
    };

    /**
     * The kept tally of the day when the listings have not changed since it was counted, else the tally counted now
     * (the version is read before the counting, so a change during it makes the tally one of a version already
     * gone).
     */
    @Override
    public ListingTally tally(RunInputs inputs, LocalDate day, HalsovalParameters parameters) {
        Optional<String> version = inputs.listingsVersion();
        if (version.isEmpty()) {
            return ListingTally.count(inputs, day, parameters);
        }
        Key key = new Key(inputs.careChoice().id(), day, ListingTally.Counting.of(parameters), version.get());
        ListingTally kept = kept(key);
        if (kept != null) {
            return kept;
        }
        ListingTally counted = ListingTally.count(inputs, day, parameters);
        keep(key, counted);
        return counted;
    }

    private synchronized ListingTally kept(Key key) {
        return tallies.get(key);
    }

    private synchronized void keep(Key key, ListingTally tally) {
        tallies.put(key, tally);
    }
}
