package se.vardval.annual.ui.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;
import se.vardval.ui.format.SwedishFormat;

/** A unit of a scenario comparison: its total row and its components' rows (the unit {@code *}: all units). */
record ScenarioUnit(ScenarioRow total, List<ScenarioRow> components) {

    /** The unit id of the comparison's row over all units. */
    static final String ALL_UNITS = "*";

    /** Every unit of the comparison by name in Swedish order, the row over all units last. */
    static List<ScenarioUnit> of(ScenarioComparison comparison) {
        Map<String, List<ScenarioRow>> components = new LinkedHashMap<>();
        List<ScenarioUnit> units = new ArrayList<>();
        for (ScenarioRow row : comparison.rows()) {
            if (row.component().equals(ScenarioRow.TOTAL)) {
                units.add(new ScenarioUnit(row, List.copyOf(components.getOrDefault(row.hsaId(), List.of()))));
            } else {
                components.computeIfAbsent(row.hsaId(), u -> new ArrayList<>()).add(row);
            }
        }
        Collator swedish = Collator.getInstance(SwedishFormat.SWEDISH);
        units.sort(Comparator.comparing(ScenarioUnit::allUnits)
                .thenComparing(u -> u.total().unitName(), swedish));
        return units;
    }

    boolean allUnits() {
        return total.hsaId().equals(ALL_UNITS);
    }
}
