package se.vardval.demo.internal;

import java.util.List;

/**
 * The municipalities of Region Jämtland Härjedalen (county 23) with their 2020 population, the road distance range
 * to Östersund hospital and the localities that have a health centre.
 */
enum Municipality {
    /** Ragunda; its health centre is run by a joint committee. */
    RAGUNDA("2303", "Ragunda", 5_400, 60, 130, List.of("Hammarstrand")),
    /** Bräcke. */
    BRACKE("2305", "Bräcke", 6_500, 50, 110, List.of("Bräcke")),
    /** Krokom. */
    KROKOM("2309", "Krokom", 15_300, 10, 80, List.of("Krokom", "Föllinge", "Nälden")),
    /** Strömsund. */
    STROMSUND("2313", "Strömsund", 11_600, 60, 180, List.of("Strömsund", "Hoting", "Gäddede")),
    /** Åre, with many winter visitors. */
    ARE("2321", "Åre", 11_600, 40, 150, List.of("Åre", "Järpen", "Undersåker")),
    /** Berg. */
    BERG("2326", "Berg", 7_000, 40, 140, List.of("Svenstavik", "Myrviken")),
    /** Härjedalen, the farthest from the hospital. */
    HARJEDALEN("2361", "Härjedalen", 10_200, 100, 250, List.of("Sveg", "Funäsdalen", "Hede")),
    /** Östersund, where the county hospital is. */
    OSTERSUND("2380", "Östersund", 63_800, 0, 20, List.of("Lugnvik", "Odenslund", "Z-gränd", "Torvalla", "Brunflo",
            "Frösön", "Lit", "Centrum", "Kärnan", "Storsjöstrand", "Väster"));

    private final String code;
    private final String displayName;
    private final int population;
    private final int minKm;
    private final int maxKm;
    private final List<String> localities;

    Municipality(String code, String displayName, int population, int minKm, int maxKm, List<String> localities) {
        this.code = code;
        this.displayName = displayName;
        this.population = population;
        this.minKm = minKm;
        this.maxKm = maxKm;
        this.localities = localities;
    }

    /** The kommunkod. */
    String code() {
        return code;
    }

    /** The Swedish name. */
    String displayName() {
        return displayName;
    }

    /** Inhabitants in 2020, the weight of the municipality in the generated population. */
    int population() {
        return population;
    }

    /** The nearest road distance in km to the county hospital. */
    int minKm() {
        return minKm;
    }

    /** The farthest road distance in km to the county hospital. */
    int maxKm() {
        return maxKm;
    }

    /** The localities with a health centre, in the order their units are numbered. */
    List<String> localities() {
        return localities;
    }

    /** All inhabitants of the county in 2020. */
    static int countyPopulation() {
        int sum = 0;
        for (Municipality m : values()) {
            sum += m.population;
        }
        return sum;
    }
}
