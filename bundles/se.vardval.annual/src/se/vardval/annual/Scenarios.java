package se.vardval.annual;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.vardval.core.model.Rulebook;

/**
 * Runs draft rulebooks against a month side by side without paying anything; a comparison may be saved under a name
 * and exported (CSV, xlsx). A scenario is never a payment run.
 */
public interface Scenarios {

    /** The named rulebook proposals the installed plugins offer for a vårdval (e.g. both 2021 Hälsoval proposals). */
    Map<String, Rulebook> proposals(String careChoice);

    /**
     * Calculates the month under each rulebook with the vårdval's model and compares them per unit and component.
     *
     * @throws se.vardval.core.service.UserError when fewer than two rulebooks are given, one belongs to another
     *             vårdval or model, or the model rejects one
     */
    default ScenarioComparison compare(String careChoice, YearMonth period, List<ScenarioRulebook> rulebooks) {
        return compare(careChoice, period, rulebooks, ScenarioProgress.NONE);
    }

    /**
     * As {@link #compare(String, YearMonth, List)}, telling {@code progress} which rulebook it calculates and
     * stopping before the next one when it is cancelled.
     *
     * @throws se.vardval.core.service.RunCancelledException when cancelled (nothing is stored either way)
     */
    ScenarioComparison compare(String careChoice, YearMonth period, List<ScenarioRulebook> rulebooks,
            ScenarioProgress progress);

    /**
     * Writes a comparison as CSV (separator {@code ;}): amounts, differences against the first in kr and %, and each
     * component's name.
     */
    void writeCsv(ScenarioComparison comparison, Writer out) throws IOException;

    /** Writes a comparison as an xlsx workbook: per unit and component each rulebook's kr, the difference and %. */
    void writeXlsx(ScenarioComparison comparison, OutputStream out) throws IOException;

    /**
     * Saves a comparison under a name with the rulebooks it compared, replacing a saved one of the same name.
     *
     * @throws se.vardval.core.service.UserError when the name is blank, the rulebooks are not the comparison's, or
     *             the user may not edit the vårdval's rulebooks
     */
    SavedScenario save(String name, List<ScenarioRulebook> rulebooks, ScenarioComparison comparison, String user);

    /** The scenarios saved for a vårdval, by name. */
    List<SavedScenario> saved(String careChoice);

    /** The scenario saved under a name, if any. */
    Optional<SavedScenario> find(String careChoice, String name);
}
