package se.vardval.halsoval.internal;

import java.util.HashMap;
import java.util.Map;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.CodeKind;
import se.vardval.core.model.ComponentNames;

/** The Swedish names of Hälsoval's payment components, as förfrågningsunderlag and ersättningsbesked call them. */
final class HalsovalComponents {

    static final ComponentNames NAMES = ComponentNames.of(names())
            .withPrefix(CostResponsibility.PREFIX, "Kostnadsansvar")
            .withPrefix(Targets.PREFIX, "Målrelaterad ersättning", CodeKind.INDICATOR)
            .withPrefix(Supplementaries.PREFIX, "Tilläggsuppdrag", CodeKind.SUPPLEMENTARY);

    private HalsovalComponents() {
    }

    private static Map<String, String> names() {
        Map<String, String> names = new HashMap<>(Map.ofEntries(
                Map.entry(AgeCapitation.CODE, "Åldersviktad vårdpeng"),
                Map.entry(Cni.CODE, "Vårdtyngd enligt CNI"),
                Map.entry(DrugCapitation.CODE, "Läkemedelsersättning"),
                Map.entry(Sparsity.CODE, "Glesbygdsersättning"),
                Map.entry(VisitPayments.OTHER_LISTED, "Besök av listade vid annan enhet"),
                Map.entry(VisitPayments.UNLISTED, "Besök av olistade"),
                Map.entry(VisitPayments.OUT_OF_COUNTY, "Utomlänsbesök"),
                Map.entry(VisitPayments.CHARGE, "Avdrag för listades besök vid annan enhet"),
                Map.entry(Penalties.CODE, "Vite"),
                Map.entry(PatientFees.CODE, "Patientavgifter till regionen"),
                Map.entry(VatCompensation.CODE, "Momskompensation")));
        for (CostCategory category : CostCategory.values()) {
            names.put(CostResponsibility.PREFIX + category.name(), "Kostnadsansvar " + costName(category));
        }
        return names;
    }

    private static String costName(CostCategory category) {
        return switch (category) {
            case DRUGS -> "läkemedel";
            case LAB -> "laboratorieanalyser";
            case XRAY -> "röntgen";
            case LOF_LOL -> "LOF/LOL";
            case FOOT_CARE -> "medicinsk fotvård";
            case MUNICIPAL_SERVICES -> "kommunala tjänster";
            case PATIENT_TRANSPORT -> "sjukresor";
            case OTHER -> "övrigt";
        };
    }
}
