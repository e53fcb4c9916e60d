package se.vardval.core.model;

import java.util.List;
import java.util.Locale;

/**
 * An administrator's tool that a model plugin offers for every vårdval of its model type, e.g. proposing a table of
 * a draft rulebook from the stored history. A plugin registers it as an OSGi service; the core lists and runs it
 * without knowing the model. Texts are in the given locale's language (Swedish or English).
 */
public interface ModelTool {

    /** The model type whose vårdval the tool serves, e.g. {@code halsoval}. */
    String modelType();

    /** The tool's id, unique within the model type, e.g. {@code age-weights}. */
    String id();

    /** A short name, e.g. "Derive age weights". */
    String name(Locale locale);

    /** One or two sentences on what the tool does and what it proposes. */
    String description(Locale locale);

    /** The inputs the tool asks for, in the order to ask them. */
    List<ToolInput> inputs(Locale locale);

    /**
     * Runs the tool on the stored data; it changes nothing.
     *
     * @throws se.vardval.core.service.UserError when an input is wrong or the data cannot give a result
     */
    ToolResult run(ToolRequest request, ToolData data, Locale locale);
}
