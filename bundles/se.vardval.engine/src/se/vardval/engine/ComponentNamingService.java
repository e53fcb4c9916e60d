package se.vardval.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ComponentNames;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.DecidedComponentNames;
import se.vardval.core.service.IndicatorNames;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;

/**
 * Names a vårdval's payment components through its model, with each tilläggsuppdrag named as the vårdval's contracts
 * register names its code (the newest row's name, should rows differ) and each indicator as an {@link IndicatorNames}
 * service (whiteboard) names it; a component paid as decided payments is named by its {@link DecidedComponentNames}
 * service (whiteboard).
 */
@Component(service = ComponentNaming.class)
public class ComponentNamingService implements ComponentNaming {

    private final MasterDataStore masterData;
    private final ModelCatalog models;
    private final List<IndicatorNames> indicators = new CopyOnWriteArrayList<>();
    private final List<DecidedComponentNames> decided = new CopyOnWriteArrayList<>();

    /** Names through the stored register and the installed models. */
    @Activate
    public ComponentNamingService(@Reference MasterDataStore masterData, @Reference ModelCatalog models) {
        this.masterData = masterData;
        this.models = models;
    }

    /** Called by DS when a plugin offers the names of its indicators. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addIndicatorNames(IndicatorNames names) {
        indicators.add(names);
    }

    void removeIndicatorNames(IndicatorNames names) {
        indicators.remove(names);
    }

    /** Called by DS when a plugin names the components it pays as decided payments. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addDecidedComponentNames(DecidedComponentNames names) {
        decided.add(names);
    }

    void removeDecidedComponentNames(DecidedComponentNames names) {
        decided.remove(names);
    }

    @Override
    public UnaryOperator<String> namesOf(String careChoiceId) {
        Optional<ReimbursementModel> model = modelOf(careChoiceId);
        CodeNames codes = codeNamesOf(careChoiceId);
        Map<String, String> decidedNames = decidedNames();
        return component -> Optional.ofNullable(decidedNames.get(component))
                .or(() -> model.map(m -> m.componentName(component, codes))).orElse(component);
    }

    @Override
    public List<String> componentCodesOf(String careChoiceId) {
        return codes(componentsOf(careChoiceId), decidedNames());
    }

    @Override
    public void requireComponent(String careChoiceId, String component) {
        ComponentNames names = componentsOf(careChoiceId);
        Map<String, String> decidedNames = decidedNames();
        if (!names.pays(component) && !decidedNames.containsKey(component)) {
            throw new UserError("ersättningsdelen " + component + " betalas inte i vårdvalet " + careChoiceId
                    + "; dess ersättningsdelar är " + String.join(", ", codes(names, decidedNames)) + prefixed(names));
        }
    }

    private static List<String> codes(ComponentNames names, Map<String, String> decidedNames) {
        return Stream.concat(names.codes().stream(), decidedNames.keySet().stream()).distinct().sorted().toList();
    }

    private static String prefixed(ComponentNames names) {
        List<String> prefixes = names.prefixes().stream().map(prefix -> prefix + "<kod>").toList();
        return prefixes.isEmpty() ? "" : " och " + String.join(", ", prefixes);
    }

    /** The components of the vårdval's model; {@link ComponentNames#UNLISTED} when the vårdval or model is unknown. */
    private ComponentNames componentsOf(String careChoiceId) {
        return modelOf(careChoiceId).map(ReimbursementModel::components).orElse(ComponentNames.UNLISTED);
    }

    private Optional<ReimbursementModel> modelOf(String careChoiceId) {
        return masterData.careChoice(careChoiceId).map(CareChoice::modelType).flatMap(models::model);
    }

    private Map<String, String> decidedNames() {
        return decided.stream().flatMap(names -> names.names().entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, other) -> first));
    }

    @Override
    public CodeNames codeNamesOf(String careChoiceId) {
        Map<String, String> supplementaries = masterData.supplementaries(careChoiceId).stream()
                .sorted(Comparator.comparing(Supplementary::validFrom))
                .collect(Collectors.toMap(Supplementary::code, Supplementary::name, (older, newer) -> newer));
        return (kind, code) -> switch (kind) {
            case SUPPLEMENTARY -> Optional.ofNullable(supplementaries.get(code));
            case INDICATOR -> indicators.stream().map(names -> names.nameOf(code)).flatMap(Optional::stream)
                    .findFirst();
        };
    }
}
