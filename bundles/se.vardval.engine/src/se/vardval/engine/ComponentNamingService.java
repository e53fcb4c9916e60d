package se.vardval.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.IndicatorNames;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;

/**
 * Names a vårdval's payment components through its model, with each tilläggsuppdrag named as the vårdval's contracts
 * register names its code (the newest row's name, should rows differ) and each indicator as an {@link IndicatorNames}
 * service (whiteboard) names it.
 */
@Component(service = ComponentNaming.class)
public class ComponentNamingService implements ComponentNaming {

    private final MasterDataStore masterData;
    private final ModelCatalog models;
    private final List<IndicatorNames> indicators = new CopyOnWriteArrayList<>();

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

    @Override
    public UnaryOperator<String> namesOf(String careChoiceId) {
        Optional<ReimbursementModel> model = masterData.careChoice(careChoiceId).map(CareChoice::modelType)
                .flatMap(models::model);
        if (model.isEmpty()) {
            return UnaryOperator.identity();
        }
        CodeNames codes = codeNamesOf(careChoiceId);
        return component -> model.get().componentName(component, codes);
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
