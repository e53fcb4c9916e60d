package se.vardval.annual.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.annual.RulebookYears;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.ModelTool;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RulebookChange;
import se.vardval.core.model.ToolData;
import se.vardval.core.model.ToolInput;
import se.vardval.core.model.ToolRequest;
import se.vardval.core.model.ToolResult;
import se.vardval.core.service.ModelTools;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.ToolDataSource;

/**
 * The model tools the installed plugins register (whiteboard), offered for each vårdval of their model type; a
 * tool's proposed change is applied as a draft edit through {@link RulebookYears} (role, validation, audit).
 */
@Component(service = ModelTools.class)
public class ModelToolService implements ModelTools {

    private final MasterDataStore masterData;
    private final ToolDataSource data;
    private final RulebookYears rulebookYears;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ModelTool> installed = new ArrayList<>();

    /** Created by DS with the register, the tools' data and the rulebook years. */
    @Activate
    public ModelToolService(@Reference MasterDataStore masterData, @Reference ToolDataSource data,
            @Reference RulebookYears rulebookYears) {
        this.masterData = masterData;
        this.data = data;
        this.rulebookYears = rulebookYears;
    }

    @Override
    public List<ModelTool> tools(String careChoice) {
        String modelType = careChoice(careChoice).modelType();
        return installed.stream().filter(tool -> tool.modelType().equals(modelType))
                .sorted(Comparator.comparing(ModelTool::id)).toList();
    }

    @Override
    public ToolResult run(String careChoice, String toolId, Map<String, String> values, Locale locale) {
        ModelTool tool = tools(careChoice).stream().filter(t -> t.id().equals(toolId)).findFirst()
                .orElseThrow(() -> new UserError("det finns inget verktyg '" + toolId + "' för " + careChoice
                        + "; verktygen är "
                        + tools(careChoice).stream().map(ModelTool::id).collect(Collectors.joining(", "))));
        List<ToolInput> inputs = tool.inputs(locale);
        checkKnown(values.keySet(), tool, inputs);
        ToolRequest request = new ToolRequest(careChoice, values);
        ToolData toolData = data.open(careChoice(careChoice));
        for (ToolInput input : inputs) {
            check(input, request, toolData);
        }
        return tool.run(request, toolData, locale);
    }

    @Override
    public Rulebook apply(String careChoice, RulebookChange change, String user) {
        return rulebookYears.set(careChoice, change.year(), change.path(), change.value(), user);
    }

    /** Refuses a value for an input the tool does not ask for, naming the inputs it does. */
    private static void checkKnown(Set<String> given, ModelTool tool, List<ToolInput> inputs) {
        Set<String> known = inputs.stream().map(ToolInput::id).collect(Collectors.toCollection(LinkedHashSet::new));
        for (String id : new TreeSet<>(given)) {
            if (!known.contains(id)) {
                throw new UserError("verktyget " + tool.id() + " har ingen indata '" + id + "'; " + (known.isEmpty()
                        ? "det tar ingen indata" : "dess indata är " + String.join(", ", known)));
            }
        }
    }

    private static void check(ToolInput input, ToolRequest request, ToolData data) {
        if (input.required() && request.text(input.id()).isEmpty()) {
            throw new UserError(input.id() + ": " + input.label() + " behövs");
        }
        switch (input.kind()) {
            case DRAFT_YEAR -> {
                if (request.text(input.id()).isPresent()) {
                    int year = request.year(input.id());
                    Rulebook rulebook = data.rulebook(year).orElseThrow(() -> new UserError(input.id()
                            + ": " + data.careChoice().id() + " har inget förfrågningsunderlag för " + year));
                    if (rulebook.status() != RulebookStatus.DRAFT) {
                        throw new UserError(input.id() + ": förfrågningsunderlaget för " + data.careChoice().id() + " "
                                + year + " är beslutat; ett verktyg föreslår bara ändringar i utkast");
                    }
                }
            }
            case MONTH -> request.month(input.id());
            case TEXT -> {
            }
        }
    }

    private CareChoice careChoice(String id) {
        return masterData.registeredCareChoice(id);
    }
}
