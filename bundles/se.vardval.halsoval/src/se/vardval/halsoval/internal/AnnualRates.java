package se.vardval.halsoval.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.model.AnnualRate;

/**
 * Hälsoval's fixed annual rates, which LPIK indexation raises to whole kronor: kr per capitation, CNI and drug point,
 * the sparsity bands' kr per year and the targets' kr per listed and year. Visit rates, penalties and percentages are
 * not annual rates.
 */
final class AnnualRates {

    private AnnualRates() {
    }

    static List<AnnualRate> of(JsonNode parameters) {
        List<AnnualRate> rates = new ArrayList<>(List.of(new AnnualRate("capitation.krPerPoint", 0),
                new AnnualRate("cni.krPerIndexPoint", 0), new AnnualRate("drugs.krPerPoint", 0)));
        JsonNode bands = parameters.path("sparsity").path("bands");
        for (int i = 0; i < bands.size(); i++) {
            rates.add(new AnnualRate("sparsity.bands[" + i + "].krPerYear", 0));
        }
        JsonNode targets = parameters.path("targets");
        for (int i = 0; i < targets.size(); i++) {
            rates.add(new AnnualRate("targets[" + i + "].krPerListedPerYear", 0));
        }
        return List.copyOf(rates);
    }
}
