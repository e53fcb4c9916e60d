package se.vardval.annual;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import se.vardval.core.model.Rulebook;

/** Runs draft rulebooks against a month side by side without storing or paying anything. */
public interface Scenarios {

    /** The named rulebook proposals the installed plugins offer for a vårdval (e.g. both 2021 Hälsoval proposals). */
    Map<String, Rulebook> proposals(String careChoice);

    /**
     * Calculates the month under each rulebook with the vårdval's model and compares them per unit and component.
     *
     * @throws se.vardval.core.service.UserError when fewer than two rulebooks are given, one belongs to another
     *             vårdval or model, or the model rejects one
     */
    ScenarioComparison compare(String careChoice, YearMonth period, List<ScenarioRulebook> rulebooks);

    /** Writes a comparison as CSV (separator {@code ;}): amounts, differences against the first in kr and %. */
    void writeCsv(ScenarioComparison comparison, Writer out) throws IOException;
}
