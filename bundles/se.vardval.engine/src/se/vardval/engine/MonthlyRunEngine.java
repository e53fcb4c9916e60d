package se.vardval.engine;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/** Runs one vårdval for one month with the decided rulebook of its year and stores the lines and warnings. */
@Component(service = PaymentRunService.class)
public class MonthlyRunEngine implements PaymentRunService {

    private final ModelCatalog models;
    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final RunStore runs;
    private final RunDataSource data;
    private final Clock clock;

    /** Created by DS with the services a run needs. */
    @Activate
    public MonthlyRunEngine(@Reference ModelCatalog models, @Reference MasterDataStore masterData,
            @Reference RulebookStore rulebooks, @Reference RunStore runs, @Reference RunDataSource data) {
        this(models, masterData, rulebooks, runs, data, Clock.systemUTC());
    }

    MonthlyRunEngine(ModelCatalog models, MasterDataStore masterData, RulebookStore rulebooks, RunStore runs,
            RunDataSource data, Clock clock) {
        this.models = models;
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.runs = runs;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public PaymentRun run(String careChoiceId, YearMonth period, String user) {
        CareChoice careChoice = careChoice(careChoiceId);
        runs.approvedRun(careChoiceId, period).ifPresent(approved -> {
            throw new UserError(careChoiceId + " " + period + " is already paid by approved run " + approved.id()
                    + "; a change after approval needs a correction run");
        });
        ReimbursementModel model = model(careChoice);
        Rulebook rulebook = decidedRulebook(careChoiceId, period.getYear());
        requireValid(model, rulebook);
        FingerprintingRunInputs inputs = new FingerprintingRunInputs(data.open(careChoice, period, rulebook.parameters()));
        ModelResult result = model.calculate(inputs);
        PaymentRun run = new PaymentRun(0, careChoiceId, period, rulebook.year(), RunState.CALCULATED,
                inputs.fingerprint(), user, clock.instant(), null, null, null, null);
        return runs.create(run, result.lines(), result.warnings());
    }

    @Override
    public Explanation explain(long runId, ExplainRequest request) {
        PaymentRun run = runs.find(runId).orElseThrow(() -> new UserError("no payment run with id " + runId));
        CareChoice careChoice = careChoice(run.careChoice());
        Rulebook rulebook = rulebooks.find(run.careChoice(), run.rulebookYear())
                .orElseThrow(() -> new UserError("the rulebook of run " + runId + " is gone"));
        return model(careChoice).explain(data.open(careChoice, run.period(), rulebook.parameters()), request);
    }

    private CareChoice careChoice(String id) {
        return masterData.careChoice(id).orElseThrow(() -> new UserError("no vårdval '" + id + "'; known: "
                + masterData.careChoices().stream().map(CareChoice::id).toList()));
    }

    private ReimbursementModel model(CareChoice careChoice) {
        return models.model(careChoice.modelType()).orElseThrow(() -> new UserError("the model '"
                + careChoice.modelType() + "' of " + careChoice.id() + " is not installed"));
    }

    private Rulebook decidedRulebook(String careChoice, int year) {
        Rulebook rulebook = rulebooks.find(careChoice, year)
                .orElseThrow(() -> new UserError("no rulebook for " + careChoice + " " + year));
        if (rulebook.status() != RulebookStatus.DECIDED) {
            throw new UserError("the " + year + " rulebook of " + careChoice + " is a draft; decide it first");
        }
        return rulebook;
    }

    private static void requireValid(ReimbursementModel model, Rulebook rulebook) {
        List<ParameterProblem> problems = model.validate(rulebook.parameters());
        if (!problems.isEmpty()) {
            throw new UserError("the " + rulebook.year() + " rulebook of " + rulebook.careChoice() + " is invalid: "
                    + problems);
        }
    }
}
