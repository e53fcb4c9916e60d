package se.vardval.core.model;

import java.math.BigDecimal;
import java.time.YearMonth;

import se.vardval.core.domain.CostCategory;
import se.vardval.core.domain.PaymentRun;

/**
 * A cost a run hands over to a unit of another vårdval (e.g. a paid foot-care treatment charged, as FOOT_CARE, to the
 * unit where the person is listed in Hälsoval); it becomes a cost of that unit for {@code period} when the run is
 * approved, its reference naming the run and this {@code reference}.
 */
public record CostHandOver(String hsaId, YearMonth period, CostCategory category, BigDecimal amount,
        String reference) {

    /**
     * The reference of a cost the run's approval hands over: the vårdval and run ({@code "fotvard run 17"}), then the
     * hand-over's own reference when it has one.
     */
    public static String costReference(PaymentRun run, String handOverReference) {
        String runName = runName(run);
        return handOverReference == null || handOverReference.isBlank() ? runName
                : runName + " " + handOverReference;
    }

    /** Whether a cost's reference says that the run's approval handed it over. */
    public static boolean handedOverBy(PaymentRun run, String costReference) {
        String runName = runName(run);
        return costReference.equals(runName) || costReference.startsWith(runName + " ");
    }

    private static String runName(PaymentRun run) {
        return run.careChoice() + " run " + run.id();
    }
}
