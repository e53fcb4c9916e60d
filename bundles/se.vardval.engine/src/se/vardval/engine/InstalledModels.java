package se.vardval.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.service.ModelCatalog;

/** Collects every reimbursement model the service registry offers (whiteboard), as plugins come and go. */
@Component(service = ModelCatalog.class)
public class InstalledModels implements ModelCatalog {

    private final List<ReimbursementModel> models = new CopyOnWriteArrayList<>();

    /** Called by DS when a model plugin registers its model. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModel(ReimbursementModel model) {
        models.add(model);
    }

    void removeModel(ReimbursementModel model) {
        models.remove(model);
    }

    @Override
    public List<ReimbursementModel> models() {
        return models.stream().sorted(Comparator.comparing(ReimbursementModel::modelType)).toList();
    }

    @Override
    public Optional<ReimbursementModel> model(String modelType) {
        return models.stream().filter(m -> m.modelType().equals(modelType)).findFirst();
    }
}
