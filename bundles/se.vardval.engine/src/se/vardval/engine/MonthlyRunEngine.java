package se.vardval.engine;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.MonthSpan;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.RunState;
import se.vardval.core.model.CostHandOver;
import se.vardval.core.model.ExplainRequest;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunWarning;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.PaymentRunService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/**
 * Runs one vårdval for one month with the decided rulebook of its year and stores the lines and warnings; corrects
 * approved months by the difference and moves runs through approval and export; each write first checks the acting
 * user's role.
 */
@Component(service = PaymentRunService.class)
public class MonthlyRunEngine implements PaymentRunService {

    private final ModelCatalog models;
    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final RunStore runs;
    private final RunDataSource data;
    private final AccessControl access;
    private final ComponentNaming naming;
    private final Clock clock;

    /** Created by DS with the services a run needs. */
    @Activate
    public MonthlyRunEngine(@Reference ModelCatalog models, @Reference MasterDataStore masterData,
            @Reference RulebookStore rulebooks, @Reference RunStore runs, @Reference RunDataSource data,
            @Reference AccessControl access, @Reference ComponentNaming naming) {
        this(models, masterData, rulebooks, runs, data, access, naming, Clock.systemUTC());
    }

    MonthlyRunEngine(ModelCatalog models, MasterDataStore masterData, RulebookStore rulebooks, RunStore runs,
            RunDataSource data, AccessControl access, ComponentNaming naming, Clock clock) {
        this.access = access;
        this.naming = naming;
        this.models = models;
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.runs = runs;
        this.data = data;
        this.clock = clock;
    }

    @Override
    public PaymentRun run(String careChoiceId, YearMonth period, String user, BooleanSupplier cancelled) {
        access.require(user, Permission.RUN, careChoiceId);
        CareChoice careChoice = careChoice(careChoiceId);
        runs.approvedRun(careChoiceId, period).ifPresent(approved -> {
            throw new UserError(careChoiceId + " " + period + " är redan utbetald genom den attesterade körningen "
                    + approved.id() + "; en ändring efter attesten kräver en korrigeringskörning");
        });
        Calculation calculation = calculate(careChoice, period, cancelled);
        return runs.create(calculation.run(user, null),
                calculation.stored(calculation.lines(), calculation.result().costHandOvers()));
    }

    @Override
    public PaymentRun correct(String careChoiceId, YearMonth period, String user) {
        access.require(user, Permission.RUN, careChoiceId);
        CareChoice careChoice = careChoice(careChoiceId);
        PaymentRun ordinary = runs.approvedRun(careChoiceId, period).orElseThrow(() -> new UserError(careChoiceId
                + " " + period + " har ingen attesterad körning att korrigera; beräkna och attestera en ordinarie"
                + " körning först"));
        Calculation calculation = calculate(careChoice, period, () -> false);
        List<PaymentRun> paid = paidRuns(ordinary);
        List<PaymentLine> difference = CorrectionLines.difference(collect(paid, runs::lines), calculation.lines());
        List<CostHandOver> handOvers = CorrectionHandOvers.difference(collect(paid, runs::costHandOvers),
                calculation.result().costHandOvers());
        return runs.create(calculation.run(user, ordinary.id()), calculation.stored(difference, handOvers));
    }

    @Override
    public PaymentRun approve(long runId, String user) {
        PaymentRun run = find(runId);
        access.require(user, Permission.APPROVE, run.careChoice());
        return runs.changeState(run.id(), RunState.APPROVED, user);
    }

    @Override
    public Optional<String> approvalRefusal(long runId, String user) {
        PaymentRun run = find(runId);
        return access.refusal(user, Permission.APPROVE, run.careChoice()).or(() -> user.equals(run.createdBy())
                ? Optional.of("Körning " + run.id() + " beräknades av " + user + ", som därför inte kan attestera den;"
                        + " en annan person med rollen attestant för " + run.careChoice() + " måste attestera den.")
                : Optional.empty());
    }

    @Override
    public PaymentRun recordExport(long runId, String user) {
        PaymentRun run = find(runId);
        access.require(user, Permission.EXPORT_TO_FINANCE, run.careChoice());
        if (run.state() == RunState.EXPORTED) {
            return run;
        }
        if (run.state() != RunState.APPROVED) {
            throw new UserError("körning " + runId + " är inte attesterad; bara en attesterad körning exporteras till"
                    + " ekonomisystemet");
        }
        return runs.changeState(run.id(), RunState.EXPORTED, user);
    }

    @Override
    public List<RejectedItem> rejections(long runId) {
        return runs.rejections(find(runId).id());
    }

    @Override
    public List<CostHandOver> costHandOvers(long runId) {
        return runs.costHandOvers(find(runId).id());
    }

    @Override
    public Explanation explain(long runId, ExplainRequest request) {
        String person = personSought(request.personId());
        masterData.requireUnit(request.hsaId());
        PaymentRun run = find(runId);
        CareChoice careChoice = careChoice(run.careChoice());
        Rulebook rulebook = rulebooks.find(run.careChoice(), run.rulebookYear())
                .orElseThrow(() -> new UserError("förfrågningsunderlaget för körning " + runId + " finns inte längre"));
        List<PaymentLine> runLines = run.correctsRunId() == null ? runs.lines(run.id()) : null;
        return model(careChoice).explain(data.open(careChoice, run.period(), rulebook.parameters()),
                new ExplainRequest(request.hsaId(), request.component(), person, runLines,
                        naming.codeNamesOf(careChoice.id())));
    }

    /**
     * The person sought in the stored form the models compare ({@code YYYYMMDDNNNN}, however it was typed), null for
     * none; one that is no personnummer or samordningsnummer is refused, saying why, rather than found nowhere.
     */
    private static String personSought(String personId) {
        if (personId == null) {
            return null;
        }
        try {
            return PersonId.parse(personId).value();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * A month calculated under its decided rulebook, not yet stored: the model's result, the payments decided for
     * the month, which the run pays as lines of their own, and the months whose approved lines the model read.
     */
    private record Calculation(CareChoice careChoice, YearMonth period, int rulebookYear, String fingerprint,
            MonthSpan approvedMonthsRead, ModelResult result, List<DecidedPayment> decided, Clock clock) {

        List<PaymentLine> lines() {
            List<PaymentLine> lines = new ArrayList<>(result.lines());
            lines.addAll(DecidedLines.lines(decided));
            return lines;
        }

        /** The model's warnings and a remark for each decided payment that {@code paid} pays. */
        List<RunWarning> warnings(List<PaymentLine> paid) {
            List<RunWarning> warnings = new ArrayList<>(result.warnings());
            warnings.addAll(DecidedLines.remarks(decided, paid));
            return warnings;
        }

        /** What the run stores: {@code paid}, their warnings, the model's rejections and {@code handOvers}. */
        ModelResult stored(List<PaymentLine> paid, List<CostHandOver> handOvers) {
            return new ModelResult(paid, warnings(paid), result.rejections(), handOvers);
        }

        PaymentRun run(String user, Long correctsRunId) {
            return new PaymentRun(0, careChoice.id(), period, rulebookYear, RunState.CALCULATED, fingerprint,
                    approvedMonthsRead, user, clock.instant(), null, null, correctsRunId, null);
        }
    }

    private Calculation calculate(CareChoice careChoice, YearMonth period, BooleanSupplier cancelled) {
        ReimbursementModel model = model(careChoice);
        Rulebook rulebook = decidedRulebook(careChoice.id(), period.getYear());
        requireValid(model, rulebook);
        FingerprintingRunInputs inputs = new FingerprintingRunInputs(
                data.open(careChoice, period, rulebook.parameters()), cancelled, naming.codeNamesOf(careChoice.id()));
        ModelResult result = model.calculate(inputs);
        List<DecidedPayment> decided = inputs.decidedPayments();
        return new Calculation(careChoice, period, rulebook.year(), inputs.fingerprint(), inputs.approvedMonthsRead(),
                result, decided, clock);
    }

    /** The approved ordinary run and its approved or exported corrections. */
    private List<PaymentRun> paidRuns(PaymentRun ordinary) {
        List<PaymentRun> paid = new ArrayList<>(List.of(ordinary));
        runs.list(ordinary.careChoice()).stream()
                .filter(r -> Objects.equals(r.correctsRunId(), ordinary.id()) && r.state() != RunState.CALCULATED)
                .forEach(paid::add);
        return paid;
    }

    private static <T> List<T> collect(List<PaymentRun> paid, LongFunction<List<T>> read) {
        return paid.stream().flatMap(r -> read.apply(r.id()).stream()).toList();
    }

    private PaymentRun find(long runId) {
        return runs.find(runId).orElseThrow(() -> new UserError("det finns ingen körning med id " + runId));
    }

    private CareChoice careChoice(String id) {
        return masterData.careChoice(id).orElseThrow(() -> new UserError("det finns inget vårdval '" + id
                + "'; vårdvalen är " + masterData.careChoices().stream().map(CareChoice::id).toList()));
    }

    private ReimbursementModel model(CareChoice careChoice) {
        return models.model(careChoice.modelType()).orElseThrow(() -> new UserError("modellen '"
                + careChoice.modelType() + "' för " + careChoice.id() + " är inte installerad"));
    }

    private Rulebook decidedRulebook(String careChoice, int year) {
        Rulebook rulebook = rulebooks.find(careChoice, year)
                .orElseThrow(() -> new UserError("det finns inget förfrågningsunderlag för " + careChoice + " "
                        + year));
        if (rulebook.status() != RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + careChoice + " " + year
                    + " är ett utkast; fatta beslut om det först");
        }
        return rulebook;
    }

    private static void requireValid(ReimbursementModel model, Rulebook rulebook) {
        List<ParameterProblem> problems = model.validate(rulebook.parameters());
        if (!problems.isEmpty()) {
            throw new UserError("förfrågningsunderlaget för " + rulebook.careChoice() + " " + rulebook.year()
                    + " är ogiltigt: " + problems);
        }
    }
}
