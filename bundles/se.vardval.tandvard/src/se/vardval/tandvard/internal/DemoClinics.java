package se.vardval.tandvard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo region's dental clinics: a Folktandvården clinic of the region in every municipality (two in Östersund),
 * and three private providers with clinics in Östersund, Åre and Krokom.
 */
final class DemoClinics {

    /** A clinic: HSA-id, name, provider's org nr, municipality, whether the provider is private. */
    record Clinic(String hsaId, String name, String orgNr, String municipality, boolean privateProvider) {
    }

    /** A private dental-care provider of the demo and its clinics' names by municipality. */
    private record PrivateProvider(String orgNr, String name, Map<String, List<String>> clinics) {
    }

    private static final List<PrivateProvider> PRIVATE = List.of(
            new PrivateProvider("556912-3457", "Storsjötandläkarna AB",
                    Map.of("2380", List.of("Storsjötandläkarna Centrum", "Storsjötandläkarna Frösön"))),
            new PrivateProvider("559401-2345", "Åre Tandvård AB", Map.of("2321", List.of("Åre Tandvård"))),
            new PrivateProvider("556745-6784", "Krokoms Barntandvård AB",
                    Map.of("2309", List.of("Krokoms Barntandvård"))));

    /** Folktandvården's clinics by municipality code: the places of Region Jämtland Härjedalen's clinics. */
    private static final Map<String, List<String>> FOLKTANDVARDEN = Map.of("2303", List.of("Hammarstrand"), "2305",
            List.of("Bräcke"), "2309", List.of("Krokom"), "2313", List.of("Strömsund"), "2321", List.of("Järpen"),
            "2326", List.of("Svenstavik"), "2361", List.of("Sveg"), "2380", List.of("Lugnvik", "Odenslund"));

    private DemoClinics() {
    }

    /** The clinics of the municipalities given, Folktandvården's owned by the region's org nr. */
    static List<Clinic> of(List<String> municipalities, String regionOrgNr) {
        List<Clinic> clinics = new ArrayList<>();
        String regionDigits = regionOrgNr.replace("-", "");
        for (String municipality : municipalities) {
            for (String place : FOLKTANDVARDEN.getOrDefault(municipality, List.of(municipality))) {
                clinics.add(new Clinic(String.format("SE%s-T%04d", regionDigits, clinics.size() + 1),
                        "Folktandvården " + place, regionOrgNr, municipality, false));
            }
        }
        for (PrivateProvider provider : PRIVATE) {
            int number = 0;
            for (String municipality : municipalities) {
                for (String name : provider.clinics().getOrDefault(municipality, List.of())) {
                    clinics.add(new Clinic(String.format("SE%s-T%04d", provider.orgNr().replace("-", ""), ++number),
                            name, provider.orgNr(), municipality, true));
                }
            }
        }
        return List.copyOf(clinics);
    }

    /** The private providers (org nr, name) that have a clinic among {@code clinics}. */
    static List<List<String>> privateProviders(List<Clinic> clinics) {
        return PRIVATE.stream().filter(p -> clinics.stream().anyMatch(c -> c.orgNr().equals(p.orgNr())))
                .map(p -> List.of(p.orgNr(), p.name())).toList();
    }
}
