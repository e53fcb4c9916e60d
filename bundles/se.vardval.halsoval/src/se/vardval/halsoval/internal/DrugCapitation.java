package se.vardval.halsoval.internal;

import java.math.BigDecimal;

/** {@code DRUG_CAPITATION}: the age-weighted payment for the drug costs the unit is responsible for. */
final class DrugCapitation extends AgeWeightedCapitation {

    static final String CODE = "DRUG_CAPITATION";

    DrugCapitation() {
        super(CODE);
    }

    @Override
    AgeTable table(HalsovalParameters parameters) {
        return parameters.drugs().weights();
    }

    @Override
    BigDecimal krPerPointAndYear(HalsovalParameters parameters) {
        return parameters.drugs().krPerPoint();
    }
}
