package se.vardval.annual;

import java.util.List;

/**
 * What a deficit compensation for a year is computed from: the distribution basis and the deviations, one for the
 * whole region or, with {@code perMunicipality}, one per municipality.
 */
public record DeficitInputs(DistributionBasis basis, boolean perMunicipality, List<Deviation> deviations) {
}
