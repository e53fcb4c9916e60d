package se.vardval.halsoval.internal;

import java.math.BigDecimal;

/** {@code AGE_CAPITATION}: the age-weighted payment per listed person, optionally with weights per sex. */
final class AgeCapitation extends AgeWeightedCapitation {

    static final String CODE = "AGE_CAPITATION";

    AgeCapitation() {
        super(CODE);
    }

    @Override
    AgeTable table(HalsovalParameters parameters) {
        return parameters.capitation().weights();
    }

    @Override
    BigDecimal krPerPointAndYear(HalsovalParameters parameters) {
        return parameters.capitation().krPerPoint();
    }
}
