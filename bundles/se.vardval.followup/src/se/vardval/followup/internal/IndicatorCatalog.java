package se.vardval.followup.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorScale;
import se.vardval.followup.IndicatorValue;

/**
 * The indicator codes the product knows, with their Swedish names; any other code (one a rulebook names, say) is
 * shown under its code as a share in per cent, after the known ones in alphabetical order.
 */
final class IndicatorCatalog {

    static final String CONTINUITY_DOCTOR = "CONTINUITY_DOCTOR";
    static final String CONTINUITY_NURSE = "CONTINUITY_NURSE";
    static final String COVERAGE = "COVERAGE";

    private static final Map<String, IndicatorDefinition> IMPORTED = new LinkedHashMap<>();
    private static final List<IndicatorDefinition> COMPUTED = List.of(
            computed(CONTINUITY_DOCTOR, "Kontinuitet hos läkare", "Andel av läkarbesöken som gjordes hos den läkare"
                    + " patienten träffat oftast, bland listade med minst 3 läkarbesök på sin egen vårdenhet under de"
                    + " senaste 18 månaderna."),
            computed(CONTINUITY_NURSE, "Kontinuitet hos sjuksköterska", "Andel av sjuksköterskebesöken som gjordes"
                    + " hos den sjuksköterska patienten träffat oftast, bland listade med minst 3 sjuksköterskebesök"
                    + " på sin egen vårdenhet under de senaste 18 månaderna."),
            computed(COVERAGE, "Täckningsgrad", "Andel av de listades besök i vårdvalet som gjordes på den egna"
                    + " vårdenheten under de senaste 6 månaderna."));

    static {
        imported("PHONE_ACCESS", "Telefontillgänglighet", "Andel av samtalen som besvarades samma dag.",
                IndicatorScale.PERCENT);
        imported("CARE_GUARANTEE_0", "Kontakt samma dag (0:an)", "Andel av patienterna som fick kontakt med"
                + " vårdenheten samma dag.", IndicatorScale.PERCENT);
        imported("CARE_GUARANTEE_3", "Medicinsk bedömning inom 3 dagar (3:an)", "Andel av patienterna som fick en"
                + " medicinsk bedömning inom 3 dagar.", IndicatorScale.PERCENT);
        imported("PATIENT_SURVEY", "Nationell patientenkät", "Andel positiva svar i den nationella patientenkäten.",
                IndicatorScale.PERCENT);
        imported("ANTIBIOTICS", "Antibiotikaförskrivning", "Antal antibiotikarecept per 1 000 listade. Ett lägre"
                + " värde är bättre.", IndicatorScale.PER_THOUSAND);
    }

    private IndicatorCatalog() {
    }

    /** The definitions of imported codes: the known ones in catalogue order, then the others by code. */
    static List<IndicatorDefinition> imported(Collection<String> codes) {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        IMPORTED.forEach((code, definition) -> {
            if (codes.contains(code)) {
                definitions.add(definition);
            }
        });
        for (String code : new TreeSet<>(codes)) {
            if (!IMPORTED.containsKey(code) && !isComputed(code)) {
                definitions.add(new IndicatorDefinition(code, code, "Indikatorn " + code
                        + " enligt förfrågningsunderlaget.", IndicatorScale.PERCENT, false));
            }
        }
        return definitions;
    }

    /**
     * The definitions of the indicators computed from activities that have a value among {@code values}, in catalogue
     * order: the continuity of a profession that the vårdval's listed persons never visited at their own unit (a
     * doctor in children's dental care, a nurse in foot care) has no value and says nothing.
     */
    static List<IndicatorDefinition> computed(Collection<IndicatorValue> values) {
        Set<String> codes = values.stream().map(IndicatorValue::indicator).collect(Collectors.toSet());
        return COMPUTED.stream().filter(d -> codes.contains(d.code())).toList();
    }

    /** The Swedish name of a code the catalogue knows, imported or computed. */
    static Optional<String> nameOf(String code) {
        IndicatorDefinition imported = IMPORTED.get(code);
        if (imported != null) {
            return Optional.of(imported.name());
        }
        return COMPUTED.stream().filter(d -> d.code().equals(code)).map(IndicatorDefinition::name).findFirst();
    }

    /** Whether the code is one of the indicators computed from activities. */
    static boolean isComputed(String code) {
        return COMPUTED.stream().anyMatch(d -> d.code().equals(code));
    }

    private static void imported(String code, String name, String description, IndicatorScale scale) {
        IMPORTED.put(code, new IndicatorDefinition(code, name, description, scale, false));
    }

    private static IndicatorDefinition computed(String code, String name, String description) {
        return new IndicatorDefinition(code, name, description, IndicatorScale.PERCENT, true);
    }
}
