package se.vardval.followup;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Unit;

/**
 * The indicators of a vårdval's units for one period, in the order they are presented, with the regional values
 * (those with a null HSA-id) and the minimum count below which a group's value is not published.
 *
 * <p>Suppression ({@link #cell}): a value whose group counts fewer than {@code minimumCount} is suppressed; and when
 * the value of women or of men is suppressed, the other sex's value of the same unit is suppressed too, since it
 * and the value for everyone would otherwise reveal it. The value for everyone is shown whenever its own group is
 * large enough.
 */
public record FollowUpReport(CareChoice careChoice, YearMonth period, List<Unit> units,
        List<IndicatorDefinition> indicators, List<IndicatorValue> values, int minimumCount) {

    /** Keeps unmodifiable copies of the lists. */
    public FollowUpReport {
        units = List.copyOf(units);
        indicators = List.copyOf(indicators);
        values = List.copyOf(values);
    }

    /** The measured value of a unit (or the region, for a null HSA-id), indicator and sex (null for everyone). */
    public Optional<IndicatorValue> value(String hsaId, String indicator, Sex sex) {
        return values.stream().filter(v -> Objects.equals(v.hsaId(), hsaId) && v.indicator().equals(indicator)
                && v.sex() == sex).findFirst();
    }

    /** What may be published for a unit (or the region, for a null HSA-id), indicator and sex (null for everyone). */
    public Cell cell(String hsaId, String indicator, Sex sex) {
        Optional<IndicatorValue> measured = value(hsaId, indicator, sex);
        if (measured.isEmpty() || measured.get().value() == null) {
            return Cell.MISSING;
        }
        Sex other = sex == Sex.F ? Sex.M : Sex.F;
        if (tooSmall(measured) || sex != null && tooSmall(value(hsaId, indicator, other))) {
            return Cell.SUPPRESSED;
        }
        return new Cell(Cell.State.SHOWN, measured.get().value());
    }

    private boolean tooSmall(Optional<IndicatorValue> measured) {
        return measured.isPresent() && measured.get().value() != null && measured.get().count() < minimumCount;
    }
}
