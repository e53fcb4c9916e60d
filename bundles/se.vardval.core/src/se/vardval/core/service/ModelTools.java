package se.vardval.core.service;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import se.vardval.core.model.ModelTool;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RulebookChange;
import se.vardval.core.model.ToolResult;

/**
 * The model tools each vårdval's model plugin offers, as the service registry has them: listed, run on the
 * vårdval's stored data, and their proposed change applied to a draft rulebook.
 */
public interface ModelTools {

    /**
     * The tools of the vårdval's model type, ordered by id.
     *
     * @throws UserError when there is no such vårdval
     */
    List<ModelTool> tools(String careChoice);

    /**
     * Runs a tool with the given input values (by input id); it changes nothing.
     *
     * @throws UserError when the vårdval or tool does not exist, a value names an input the tool does not ask for,
     *             a required input is missing, a draft year names no draft, or the tool refuses its inputs
     */
    ToolResult run(String careChoice, String toolId, Map<String, String> values, Locale locale);

    /**
     * Applies a tool's proposed change to the vårdval's draft rulebook as {@code user}: the rulebook edit checks the
     * role, validates the result with the model and records it in the audit log.
     *
     * @throws UserError when the user may not edit the vårdval's rulebooks, the rulebook is not a draft, or the
     *             model rejects the result
     */
    Rulebook apply(String careChoice, RulebookChange change, String user);
}
