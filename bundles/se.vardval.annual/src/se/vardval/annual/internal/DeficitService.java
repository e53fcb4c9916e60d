package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.annual.DeficitCompensations;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.DistributionBasis;
import se.vardval.annual.SavedDeficitProposal;
import se.vardval.annual.UnitBasis;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.RunState;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;
import se.vardval.core.store.DecidedPaymentStore;
import se.vardval.core.store.DocumentStore;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/**
 * Gathers each contracted unit's basis for a year from the stored data and proposes the deficit compensation:
 * average listed persons over the twelve listing days of the year's rulebook (to 34 significant digits), or the sum
 * of the year's approved and exported runs and their approved corrections (earlier years' deficit compensation
 * paid in the year left out). A proposal is saved as a document of kind {@value #KIND} named by its
 * year; deciding it turns its lines into decided payments of the chosen month, which that month's run pays once.
 */
@Component(service = DeficitCompensations.class)
public class DeficitService implements DeficitCompensations {

    /** The document kind of saved proposals. */
    static final String KIND = "deficit-proposal";

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final ModelCatalog models;
    private final RunDataSource data;
    private final RunStore runs;
    private final DocumentStore documents;
    private final DecidedPaymentStore payments;
    private final AccessControl access;

    /**
     * Created by DS with the register, rulebooks, models, the month's data, the stored runs, documents and decided
     * payments, and the access control.
     */
    @Activate
    public DeficitService(@Reference MasterDataStore masterData, @Reference RulebookStore rulebooks,
            @Reference ModelCatalog models, @Reference RunDataSource data, @Reference RunStore runs,
            @Reference DocumentStore documents, @Reference DecidedPaymentStore payments,
            @Reference AccessControl access) {
        this.documents = documents;
        this.payments = payments;
        this.access = access;
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.models = models;
        this.data = data;
        this.runs = runs;
    }

    @Override
    public DeficitProposal propose(String careChoiceId, int year, DeficitInputs inputs) {
        CareChoice careChoice = masterData.registeredCareChoice(careChoiceId);
        Map<String, BigDecimal> values = inputs.basis() == DistributionBasis.PER_LISTED
                ? averageListed(careChoice, year) : reimbursement(careChoiceId, year);
        Set<String> contracted = masterData.contracts(careChoiceId).stream().map(Contract::hsaId)
                .collect(Collectors.toSet());
        Map<String, Provider> providers = masterData.providers().stream()
                .collect(Collectors.toMap(Provider::orgNr, Function.identity()));
        List<UnitBasis> units = new ArrayList<>();
        for (Unit unit : masterData.units()) {
            if (contracted.contains(unit.hsaId())) {
                units.add(new UnitBasis(unit.hsaId(), unit.orgNr(), providers.get(unit.orgNr()).ownership(),
                        unit.municipality(), values.getOrDefault(unit.hsaId(), BigDecimal.ZERO)));
            }
        }
        return DeficitCalculator.propose(careChoiceId, year, inputs, units);
    }

    @Override
    public SavedDeficitProposal save(String careChoice, int year, DeficitInputs inputs, String user) {
        access.require(user, Permission.PROPOSE_PAYMENT, careChoice);
        find(careChoice, year).filter(SavedDeficitProposal::decided).ifPresent(decided -> {
            throw new UserError("underskottskompensationen för " + careChoice + " " + year + " är beslutad ("
                    + decided.decision() + ") och kan inte föreslås igen");
        });
        DeficitProposal proposal = propose(careChoice, year, inputs);
        return store(new SavedDeficitProposal(proposal, user, null, null, null, null, null), user);
    }

    @Override
    public Optional<SavedDeficitProposal> find(String careChoice, int year) {
        return documents.find(KIND, careChoice, Integer.toString(year)).map(d -> AnnualJson.value(d.content(),
                SavedDeficitProposal.class));
    }

    @Override
    public List<SavedDeficitProposal> list(String careChoice) {
        return documents.list(KIND, careChoice).stream().map(d -> AnnualJson.value(d.content(),
                SavedDeficitProposal.class)).sorted(Comparator.comparingInt(p -> p.proposal().year())).toList();
    }

    @Override
    public SavedDeficitProposal decide(String careChoice, int year, String decision, YearMonth payIn, String user) {
        access.require(user, Permission.DECIDE_PAYMENT, careChoice);
        SavedDeficitProposal saved = find(careChoice, year).orElseThrow(() -> new UserError("det finns inget sparat"
                + " förslag till underskottskompensation för " + careChoice + " " + year + "; spara ett först"));
        if (saved.decided()) {
            throw new UserError("underskottskompensationen för " + careChoice + " " + year + " är redan beslutad ("
                    + saved.decision() + ", betalas ut i " + saved.payIn() + ")");
        }
        if (decision == null || decision.isBlank()) {
            throw new UserError("ange beslutets referens, t.ex. RS 2025-05-27 § 85");
        }
        if (payIn.getYear() != year + 1) {
            throw new UserError("underskottskompensationen för " + year + " betalas ut en månad under " + (year + 1)
                    + ", inte i " + payIn);
        }
        runs.approvedRun(careChoice, payIn).ifPresent(run -> {
            throw new UserError(careChoice + " " + payIn + " är redan utbetald genom den attesterade körningen "
                    + run.id() + "; välj en månad som inte är utbetald ännu");
        });
        payments.add(saved.proposal().lines().stream().filter(line -> line.amount().signum() != 0)
                .map(line -> new DecidedPayment(careChoice, payIn,
                line.hsaId(), SavedDeficitProposal.COMPONENT, line.amount(), origin(year), decision.strip()))
                .toList(), user);
        return store(new SavedDeficitProposal(saved.proposal(), saved.savedBy(), saved.savedAt(), decision.strip(),
                payIn, user, Instant.now()), user);
    }

    /** What the decided payments of a year's compensation pay, as their remark names it. */
    static String origin(int year) {
        return "underskottskompensation (Likvärdiga villkor) " + year;
    }

    private SavedDeficitProposal store(SavedDeficitProposal proposal, String user) {
        String careChoice = proposal.proposal().careChoice();
        String name = Integer.toString(proposal.proposal().year());
        SavedDeficitProposal stamped = proposal.savedAt() != null ? proposal
                : new SavedDeficitProposal(proposal.proposal(), user, Instant.now(), null, null, null, null);
        documents.save(KIND, careChoice, name, AnnualJson.tree(stamped), user);
        return stamped;
    }

    /**
     * Each unit's persons listed on the year's twelve listing days, summed and divided by twelve; the year's listings
     * are read once and each counted on the listing days it is valid on (a region of 2.4 M: 2.5 minutes when each day
     * was read on its own).
     */
    private Map<String, BigDecimal> averageListed(CareChoice careChoice, int year) {
        Rulebook rulebook = rulebooks.find(careChoice.id(), year)
                .orElseThrow(() -> new UserError("det finns inget förfrågningsunderlag för " + careChoice.id() + " "
                        + year + "; dess listningsdag avgör årets listade personer"));
        ReimbursementModel model = models.model(careChoice.modelType())
                .orElseThrow(() -> new UserError("modellen '" + careChoice.modelType() + "' är inte installerad"));
        List<LocalDate> days = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            days.add(model.listingDay(rulebook.parameters(), YearMonth.of(year, month)));
        }
        Map<String, long[]> listingDays = new HashMap<>();
        data.open(careChoice, YearMonth.of(year, 1), rulebook.parameters()).forEachListedOnDays(days,
                (day, listed) -> listingDays.computeIfAbsent(listed.hsaId(), unit -> new long[1])[0]++);
        Map<String, BigDecimal> averages = new TreeMap<>();
        listingDays.forEach((hsaId, count) -> averages.put(hsaId,
                BigDecimal.valueOf(count[0]).divide(MONTHS, MathContext.DECIMAL128)));
        return averages;
    }

    private Map<String, BigDecimal> reimbursement(String careChoice, int year) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (PaymentRun run : runs.list(careChoice)) {
            if (run.period().getYear() == year && run.state() != RunState.CALCULATED) {
                for (PaymentLine line : runs.lines(run.id())) {
                    if (!line.component().equals(SavedDeficitProposal.COMPONENT)) {
                        sums.merge(line.hsaId(), line.amount(), BigDecimal::add);
                    }
                }
            }
        }
        if (sums.isEmpty()) {
            throw new UserError(careChoice + " har ingen attesterad körning under " + year
                    + "; PROPORTIONAL kräver årets ersättning");
        }
        return sums;
    }
}
