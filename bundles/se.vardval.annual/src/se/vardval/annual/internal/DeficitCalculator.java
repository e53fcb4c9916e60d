package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import se.vardval.annual.CompensationGroup;
import se.vardval.annual.CompensationLine;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.Deviation;
import se.vardval.annual.UnitBasis;
import se.vardval.core.domain.Ownership;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.service.UserError;

/**
 * Distributes a negative adjusted deviation over the other providers' units: amount = |A| × unit basis / region-run
 * basis, computed exactly and rounded once, half-up, to öre; the rate |A| / basis is shown with six decimals.
 */
final class DeficitCalculator {

    private static final int RATE_SCALE = 6;
    private static final int BASIS_SCALE = 4;

    private DeficitCalculator() {
    }

    static DeficitProposal propose(String careChoice, int year, DeficitInputs inputs, List<UnitBasis> units) {
        if (inputs.deviations().isEmpty()) {
            throw new UserError("ingen avvikelse är angiven för " + careChoice + " " + year);
        }
        List<CompensationGroup> groups = new ArrayList<>();
        List<CompensationLine> lines = new ArrayList<>();
        for (Deviation deviation : inputs.deviations()) {
            List<UnitBasis> members = units.stream().filter(u -> !inputs.perMunicipality()
                    || Objects.equals(u.municipality(), deviation.municipality())).toList();
            BigDecimal regionRun = members.stream().filter(u -> u.ownership() == Ownership.REGION_RUN)
                    .map(UnitBasis::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal adjusted = deviation.adjusted();
            String where = deviation.municipality() == null ? "hela regionen" : "kommun "
                    + deviation.municipality();
            String formula = "A = D + H + S + Å − G = " + plain(deviation.result().amount()) + " + "
                    + plain(deviation.principalAssignment().amount()) + " + " + plain(deviation.lastResort().amount())
                    + " + " + plain(deviation.specialCommitment().amount()) + " − "
                    + plain(deviation.stateGrants().amount()) + " = " + plain(adjusted) + " kr (" + where + ")";
            if (adjusted.signum() >= 0) {
                groups.add(new CompensationGroup(deviation.municipality(), adjusted, regionRun, BigDecimal.ZERO,
                        formula + "; A ≥ 0: ersättningssystemet var konkurrensneutralt, ingen kompensation"));
                continue;
            }
            if (regionRun.signum() <= 0) {
                throw new UserError("de regiondrivna enheterna i " + (deviation.municipality() == null ? "hela regionen"
                        : "kommun " + deviation.municipality()) + " har inget underlag (" + inputs.basis()
                        + ") under " + year + "; underskottet kan inte fördelas");
            }
            BigDecimal deficit = adjusted.negate();
            BigDecimal rate = deficit.divide(regionRun, RATE_SCALE, RoundingMode.HALF_UP);
            groups.add(new CompensationGroup(deviation.municipality(), adjusted, regionRun, rate, formula
                    + "; |A| / de regiondrivna enheternas underlag " + shown(regionRun) + " = "
                    + SwedishNumbers.decimal(rate) + " per underlagsenhet; varje annan enhet: |A| × sitt underlag / "
                    + shown(regionRun)));
            for (UnitBasis unit : members) {
                if (unit.ownership() != Ownership.REGION_RUN && unit.value().signum() > 0) {
                    BigDecimal amount = deficit.multiply(unit.value()).divide(regionRun, 2, RoundingMode.HALF_UP);
                    lines.add(new CompensationLine(unit.hsaId(), unit.orgNr(), unit.municipality(), unit.value(), rate,
                            amount));
                }
            }
        }
        return new DeficitProposal(careChoice, year, inputs, List.copyOf(groups), List.copyOf(lines));
    }

    /** An amount as the calculation text writes it, in Swedish with the decimals it has: {@code -2 600 000}. */
    private static String plain(BigDecimal value) {
        return SwedishNumbers.decimal(value);
    }

    /**
     * A basis as the calculation text shows it: with at most {@value #BASIS_SCALE} decimals (an average of listed
     * persons is exact to 34 digits, e.g. 1030738.250000000000000000000000000016, and is computed with all of them).
     */
    private static String shown(BigDecimal basis) {
        return plain(basis.scale() > BASIS_SCALE ? basis.setScale(BASIS_SCALE, RoundingMode.HALF_UP) : basis);
    }
}
