package se.vardval.halsoval.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CostCategory;
import se.vardval.core.model.ListingDay;

/**
 * The neutral starting point of a first Hälsoval rulebook: every parameter present, five-year age bands of weight
 * 1, SCB's CNI weights, rates zero, nothing switched on. A null value means "not set" (an open band end, no
 * reference, no threshold, no cap).
 */
final class DefaultParameters {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private DefaultParameters() {
    }

    static ObjectNode create() {
        ObjectNode p = JSON.objectNode();
        p.put(ListingDay.KEY, ListingDay.FIRST_OF_MONTH.name());
        ObjectNode capitation = p.putObject("capitation");
        capitation.put("krPerPoint", BigDecimal.ZERO);
        capitation.put("sexSpecific", false);
        capitation.set("ageWeights", ageWeights(true));
        ObjectNode cni = p.putObject("cni");
        cni.put("source", HalsovalParameters.CniSource.PERSON_FLAGS.name());
        cni.put("krPerIndexPoint", BigDecimal.ZERO);
        ObjectNode weights = cni.putObject("weights");
        for (CniFlag flag : CniFlag.values()) {
            weights.put(flag.name(), flag.scbWeight());
        }
        cni.putNull("reference");
        cni.putNull("threshold");
        ObjectNode drugs = p.putObject("drugs");
        drugs.put("krPerPoint", BigDecimal.ZERO);
        drugs.set("ageWeights", ageWeights(false));
        ObjectNode sparsity = p.putObject("sparsity");
        sparsity.put("mode", HalsovalParameters.SparsityMode.NONE.name());
        sparsity.putArray("bands");
        ObjectNode visits = p.putObject("visits");
        for (String kind : new String[] { "otherListed", "unlisted", "outOfCounty" }) {
            ObjectNode rates = visits.putObject(kind);
            rates.put("DOCTOR", BigDecimal.ZERO);
            rates.put("OTHER", BigDecimal.ZERO);
        }
        visits.put("chargeListingUnit", false);
        visits.put("deductPatientFee", true);
        p.putArray("targets");
        ObjectNode penalties = p.putObject("penalties");
        penalties.put("krPerWeek", BigDecimal.ZERO);
        penalties.putNull("maxPerOccasion");
        p.putObject("patientFees").put("mode", HalsovalParameters.PatientFeeMode.KEPT_BY_UNIT.name());
        ObjectNode costs = p.putObject("costResponsibility");
        for (CostCategory category : CostCategory.values()) {
            costs.put(category.name(), false);
        }
        p.putObject("vatCompensation").put("percent", BigDecimal.valueOf(6));
        return p;
    }

    private static ArrayNode ageWeights(boolean withSexWeights) {
        ArrayNode bands = JSON.arrayNode();
        for (int from = 0; from <= 100; from += 5) {
            ObjectNode band = bands.addObject();
            band.put("fromAge", from);
            if (from < 100) {
                band.put("toAge", from + 4);
            } else {
                band.putNull("toAge");
            }
            band.put("weight", BigDecimal.ONE);
            if (withSexWeights) {
                band.put("weightF", BigDecimal.ONE);
                band.put("weightM", BigDecimal.ONE);
            }
        }
        return bands;
    }
}
