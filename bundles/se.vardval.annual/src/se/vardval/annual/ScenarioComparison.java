package se.vardval.annual;

import java.time.YearMonth;
import java.util.List;

/**
 * Several rulebooks run against the same month's data without paying anything: one row per unit and component with
 * each rulebook's amount, a total row per unit and a row for all units. Never a payment run.
 */
public record ScenarioComparison(String careChoice, YearMonth period, List<String> names, List<ScenarioRow> rows) {
}
