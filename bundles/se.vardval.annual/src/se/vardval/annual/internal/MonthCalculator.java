package se.vardval.annual.internal;

import java.time.YearMonth;
import java.util.List;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunDataSource;

/** Calculates a month of a vårdval under any valid rulebook with the vårdval's model, storing nothing. */
final class MonthCalculator {

    private final ModelCatalog models;
    private final MasterDataStore masterData;
    private final RunDataSource data;
    private final RulebookService rulebooks;

    MonthCalculator(ModelCatalog models, MasterDataStore masterData, RunDataSource data, RulebookService rulebooks) {
        this.models = models;
        this.masterData = masterData;
        this.data = data;
        this.rulebooks = rulebooks;
    }

    CareChoice careChoice(String id) {
        return masterData.registeredCareChoice(id);
    }

    ReimbursementModel model(CareChoice careChoice) {
        return models.model(careChoice.modelType()).orElseThrow(() -> new UserError("modellen '"
                + careChoice.modelType() + "' för " + careChoice.id() + " är inte installerad"));
    }

    /**
     * The month's lines under the rulebook, named in messages by {@code name}.
     *
     * @throws UserError when the rulebook belongs to another vårdval or the model rejects it
     */
    List<PaymentLine> lines(CareChoice careChoice, YearMonth period, String name, Rulebook rulebook) {
        if (!rulebook.careChoice().equals(careChoice.id())) {
            throw new UserError(name + " är ett förfrågningsunderlag för " + rulebook.careChoice() + ", inte för "
                    + careChoice.id());
        }
        List<ParameterProblem> problems = rulebooks.validate(rulebook);
        if (!problems.isEmpty()) {
            throw new UserError(name + " är inte ett giltigt förfrågningsunderlag: " + problems);
        }
        return model(careChoice).calculate(data.open(careChoice, period, rulebook.parameters())).lines();
    }
}
