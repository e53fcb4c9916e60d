package se.vardval.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import se.vardval.core.domain.County;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Region;

/**
 * The providers and units of the generated region: the 27 health centres of Jämtland Härjedalen, and for a bigger
 * population more units (one per 10 000 persons, as in Stockholm) spread over the municipalities by population.
 */
final class RegionPlan {

    private static final int NAMED_UNITS = 27;
    private static final int PERSONS_PER_UNIT = 10_000;
    private static final Set<String> SKI_RESORTS = Set.of("Åre", "Undersåker", "Järpen", "Funäsdalen", "Hede");

    /** The region, which pays every unit and runs most of them itself. */
    private static final Provider REGION = provider("232100021", County.JAMTLAND.regionName(), Ownership.REGION_RUN);

    private final Provider jointCommittee = provider("222000019", "Kommunalförbundet Hälsocentralen i Hammarstrand",
            Ownership.MUNICIPAL);
    private final Provider norrhalsan = provider("556677889", "Norrhälsan AB", Ownership.PRIVATE);
    private final Provider fjallvard = provider("559012345", "Fjällvård Jämtland AB", Ownership.PRIVATE);
    private final Provider storsjolakarna = provider("556543210", "Storsjöläkarna AB", Ownership.PRIVATE);
    private final Map<String, Provider> privateLocalities = Map.of("Centrum", norrhalsan, "Kärnan", norrhalsan, "Åre",
            fjallvard, "Funäsdalen", fjallvard, "Storsjöstrand", storsjolakarna, "Väster", storsjolakarna);
    private final List<Provider> extraOwners = List.of(REGION, REGION, norrhalsan, fjallvard, storsjolakarna);
    private final List<DemoUnit> units = new ArrayList<>();
    private final Map<Municipality, List<DemoUnit>> byMunicipality = new EnumMap<>(Municipality.class);
    private final Map<Provider, Integer> unitsPerProvider = new HashMap<>();

    RegionPlan(int persons, SplittableRandom random) {
        Map<Municipality, Integer> extra = extraUnits(Math.max(0, Math.round(persons / (float) PERSONS_PER_UNIT)
                - NAMED_UNITS));
        for (Municipality municipality : Municipality.values()) {
            List<DemoUnit> local = new ArrayList<>();
            for (String locality : municipality.localities()) {
                Provider owner = municipality == Municipality.RAGUNDA ? jointCommittee
                        : privateLocalities.getOrDefault(locality, REGION);
                local.add(unit(owner, locality, municipality, random));
            }
            for (int n = 0; n < extra.get(municipality); n++) {
                Provider owner = extraOwners.get(units.size() % extraOwners.size());
                local.add(unit(owner, municipality.displayName() + " " + (n + 2), municipality, random));
            }
            byMunicipality.put(municipality, local);
        }
    }

    /** The region that pays the providers: Jämtland Härjedalen, by the organisationsnummer of its own units. */
    static Region payer() {
        return Region.of(County.JAMTLAND, REGION.orgNr());
    }

    /** The providers, region first. */
    List<Provider> providers() {
        return List.of(REGION, jointCommittee, norrhalsan, fjallvard, storsjolakarna);
    }

    /** All units in the order of their index. */
    List<DemoUnit> units() {
        return units;
    }

    /** The units in one municipality. */
    List<DemoUnit> unitsIn(Municipality municipality) {
        return byMunicipality.get(municipality);
    }

    private DemoUnit unit(Provider owner, String locality, Municipality municipality, SplittableRandom random) {
        int number = unitsPerProvider.merge(owner, 1, Integer::sum);
        String brand = switch (owner.ownership()) {
            case PRIVATE -> owner.name().replace(" AB", "").replace(" Jämtland", "");
            case MUNICIPAL -> "Hälsocentralen i";
            default -> "Hälsocentralen";
        };
        DemoUnit unit = new DemoUnit(units.size(), "SE" + owner.orgNr() + String.format("-E%04d", number),
                brand + " " + locality, owner, municipality, 0.6 + 0.8 * random.nextDouble(),
                0.75 + 0.6 * random.nextDouble(), 0.72 + 0.25 * random.nextDouble(),
                0.65 + 0.33 * random.nextDouble(), SKI_RESORTS.contains(locality) ? 6 : 1);
        units.add(unit);
        return unit;
    }

    /** Spreads the extra units over the municipalities by population, largest remainders first. */
    private static Map<Municipality, Integer> extraUnits(int extra) {
        Map<Municipality, Integer> counts = new EnumMap<>(Municipality.class);
        int total = Municipality.countyPopulation();
        int given = 0;
        for (Municipality m : Municipality.values()) {
            int count = (int) ((long) extra * m.population() / total);
            counts.put(m, count);
            given += count;
        }
        List<Municipality> byRemainder = new ArrayList<>(List.of(Municipality.values()));
        byRemainder.sort((a, b) -> Long.compare((long) extra * b.population() % total,
                (long) extra * a.population() % total));
        for (int i = 0; i < extra - given; i++) {
            counts.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return counts;
    }

    /** A provider whose organisationsnummer is the nine digits and their Luhn check digit. */
    private static Provider provider(String nineDigits, String name, Ownership ownership) {
        return new Provider(nineDigits + PersonId.checkDigit(nineDigits), name, ownership);
    }
}
