package se.vardval.annual.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;

import se.vardval.annual.BudgetCalibration;
import se.vardval.annual.CalibratedRate;
import se.vardval.annual.Calibration;
import se.vardval.annual.CalibrationReport;
import se.vardval.annual.ComponentShare;
import se.vardval.annual.ScenarioComparison;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.CalibratableRate;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunInputs;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;

/**
 * Calibrates a draft's kr-per-point rates to a budget frame on a reference month's stored data with the vårdval's own
 * model, and stores the draft unless asked for a preview.
 */
@Component(service = BudgetCalibration.class)
public class CalibrationService implements BudgetCalibration {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final RulebookStore store;
    private final MasterDataStore masterData;
    private final RunDataSource data;
    private final AccessControl access;
    private final MonthCalculator calculator;

    /** Created by DS with the rulebooks, the register, the month's data, the models and the access control. */
    @Activate
    public CalibrationService(@Reference RulebookStore store, @Reference RulebookService rulebooks,
            @Reference ModelCatalog models, @Reference MasterDataStore masterData, @Reference RunDataSource data,
            @Reference AccessControl access) {
        this.store = store;
        this.masterData = masterData;
        this.data = data;
        this.access = access;
        this.calculator = new MonthCalculator(models, masterData, data, rulebooks);
    }

    @Override
    public List<CalibratableRate> rates(String careChoice, int year) {
        Rulebook rulebook = existing(careChoice, year);
        return calculator.model(calculator.careChoice(careChoice)).calibratableRates(rulebook.parameters());
    }

    @Override
    public CalibrationReport calibrate(String careChoiceId, int year, Calibration calibration, boolean preview,
            String user) {
        if (!preview) {
            access.require(user, Permission.EDIT_RULEBOOK, careChoiceId);
        }
        Rulebook draft = existing(careChoiceId, year);
        if (draft.status() == RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + careChoiceId + " " + year + " är beslutat ("
                    + draft.decision() + ") och kan inte kalibreras; gör i stället ett utkast för " + (year + 1)
                    + " utifrån det");
        }
        CareChoice careChoice = calculator.careChoice(careChoiceId);
        ReimbursementModel model = calculator.model(careChoice);
        Map<ComponentShare, CalibratableRate> shares = checked(calibration, model.calibratableRates(
                draft.parameters()));
        RunInputs reference = data.open(careChoice, calibration.referenceMonth(), draft.parameters());
        JsonNode parameters = draft.parameters().deepCopy();
        Map<ComponentShare, BigDecimal> points = new LinkedHashMap<>();
        shares.forEach((share, rate) -> {
            BigDecimal total = model.ratePoints(reference, rate).values().stream().reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            if (total.signum() <= 0) {
                throw new UserError(rate.component() + " har inga poäng i " + calibration.referenceMonth()
                        + "; ersättningen kan inte lösas ut ur den månadens listningar");
            }
            points.put(share, total);
            BigDecimal solved = Calibrator.solve(Calibrator.allocated(calibration.frame(), share), total);
            ParameterPaths.set(parameters, rate.path(),
                    DecimalNode.valueOf(Calibrator.round(solved, decimals(calibration, rate))));
        });
        Rulebook calibrated = new Rulebook(careChoiceId, draft.modelType(), year, RulebookStatus.DRAFT, null,
                parameters);
        List<PaymentLine> before = calculator.lines(careChoice, calibration.referenceMonth(), "the draft", draft);
        List<PaymentLine> after = calculator.lines(careChoice, calibration.referenceMonth(), "the calibrated draft",
                calibrated);
        List<CalibratedRate> rates = new ArrayList<>();
        shares.forEach((share, rate) -> rates.add(Calibrator.rate(calibration.frame(), share, rate, points.get(share),
                ParameterPaths.get(draft.parameters(), rate.path()).decimalValue(), decimals(calibration, rate),
                after)));
        ScenarioComparison perUnit = ScenarioTable.of(careChoiceId, calibration.referenceMonth(),
                List.of("before", "calibrated"), List.of(before, after), masterData.units());
        BigDecimal annualised = rates.stream().map(CalibratedRate::annualised).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (!preview) {
            store.save(calibrated, user);
        }
        return new CalibrationReport(calibrated, calibration, List.copyOf(rates), perUnit, annualised,
                calibration.frame().subtract(annualised), Calibrator.RULE);
    }

    private static int decimals(Calibration calibration, CalibratableRate rate) {
        return calibration.decimals() != null ? calibration.decimals() : rate.decimals();
    }

    private static Map<ComponentShare, CalibratableRate> checked(Calibration calibration,
            List<CalibratableRate> calibratable) {
        if (calibration.frame() == null || calibration.frame().signum() <= 0) {
            throw new UserError("budgetramen måste vara ett positivt belopp i kr per år");
        }
        if (calibration.decimals() != null && (calibration.decimals() < 0 || calibration.decimals() > 10)) {
            throw new UserError("en kalibrerad ersättning har 0 till 10 decimaler, inte " + calibration.decimals());
        }
        Map<String, CalibratableRate> byComponent = calibratable.stream()
                .collect(Collectors.toMap(CalibratableRate::component, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<ComponentShare, CalibratableRate> shares = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (ComponentShare share : calibration.shares()) {
            CalibratableRate rate = byComponent.get(share.component());
            if (rate == null) {
                throw new UserError("modellen kan inte kalibrera '" + share.component() + "'; den kalibrerar "
                        + byComponent.keySet());
            }
            if (!seen.add(share.component())) {
                throw new UserError(share.component() + " har fått två andelar");
            }
            if (share.percent().signum() <= 0) {
                throw new UserError("andelen för " + share.component() + " måste vara positiv, inte "
                        + SwedishNumbers.decimal(share.percent()) + " %");
            }
            shares.put(share, rate);
            sum = sum.add(share.percent());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            throw new UserError("andelarna blir " + SwedishNumbers.decimal(sum) + " %, inte 100 %");
        }
        return shares;
    }

    private Rulebook existing(String careChoice, int year) {
        return store.find(careChoice, year)
                .orElseThrow(() -> new UserError("det finns inget förfrågningsunderlag för " + careChoice + " "
                        + year));
    }
}
