package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import se.vardval.annual.UnitBasis;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.RunState;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;

/**
 * Gathers each contracted unit's basis for a year from the stored data and proposes the deficit compensation:
 * average listed persons over the twelve listing days of the year's rulebook (to 34 significant digits), or the sum
 * of the year's approved and exported runs.
 */
@Component(service = DeficitCompensations.class)
public class DeficitService implements DeficitCompensations {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final ModelCatalog models;
    private final RunDataSource data;
    private final RunStore runs;

    /** Created by DS with the register, rulebooks, models, the month's data and the stored runs. */
    @Activate
    public DeficitService(@Reference MasterDataStore masterData, @Reference RulebookStore rulebooks,
            @Reference ModelCatalog models, @Reference RunDataSource data, @Reference RunStore runs) {
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.models = models;
        this.data = data;
        this.runs = runs;
    }

    @Override
    public DeficitProposal propose(String careChoiceId, int year, DeficitInputs inputs) {
        CareChoice careChoice = masterData.careChoice(careChoiceId)
                .orElseThrow(() -> new UserError("no vårdval '" + careChoiceId + "'"));
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

    private Map<String, BigDecimal> averageListed(CareChoice careChoice, int year) {
        Rulebook rulebook = rulebooks.find(careChoice.id(), year)
                .orElseThrow(() -> new UserError("no rulebook for " + careChoice.id() + " " + year
                        + "; its listing day defines the year's listed persons"));
        ReimbursementModel model = models.model(careChoice.modelType())
                .orElseThrow(() -> new UserError("the model '" + careChoice.modelType() + "' is not installed"));
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(year, month);
            LocalDate day = model.listingDay(rulebook.parameters(), period);
            data.open(careChoice, period, rulebook.parameters()).forEachListedOn(day,
                    listed -> sums.merge(listed.hsaId(), BigDecimal.ONE, BigDecimal::add));
        }
        sums.replaceAll((hsaId, sum) -> sum.divide(MONTHS, MathContext.DECIMAL128));
        return sums;
    }

    private Map<String, BigDecimal> reimbursement(String careChoice, int year) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        for (PaymentRun run : runs.list(careChoice)) {
            if (run.period().getYear() == year && run.state() != RunState.CALCULATED) {
                for (PaymentLine line : runs.lines(run.id())) {
                    sums.merge(line.hsaId(), line.amount(), BigDecimal::add);
                }
            }
        }
        if (sums.isEmpty()) {
            throw new UserError(careChoice + " has no approved payment run in " + year
                    + "; PROPORTIONAL needs the year's reimbursement");
        }
        return sums;
    }
}
