package se.vardval.annual.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRulebook;
import se.vardval.annual.Scenarios;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunDataSource;

/** Calculates scenarios with the vårdval's own model on the month's stored data; nothing is stored. */
@Component(service = Scenarios.class)
public class ScenarioRunner implements Scenarios {

    private final MonthCalculator calculator;
    private final MasterDataStore masterData;
    private final RulebookService rulebooks;
    private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

    /** Created by DS with the models, the register, the month's data and the rulebook service. */
    @Activate
    public ScenarioRunner(@Reference ModelCatalog models, @Reference MasterDataStore masterData,
            @Reference RunDataSource data, @Reference RulebookService rulebooks) {
        this.calculator = new MonthCalculator(models, masterData, data, rulebooks);
        this.masterData = masterData;
        this.rulebooks = rulebooks;
    }

    /** A plugin's proposals arrive with its demo contribution. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(DemoContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(DemoContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    public Map<String, Rulebook> proposals(String careChoice) {
        Map<String, Rulebook> proposals = new TreeMap<>();
        for (DemoContribution contribution : contributions) {
            contribution.proposals().forEach((name, json) -> {
                Rulebook rulebook = rulebooks.readJson(json);
                if (rulebook.careChoice().equals(careChoice)) {
                    proposals.put(name, rulebook);
                }
            });
        }
        return proposals;
    }

    @Override
    public ScenarioComparison compare(String careChoiceId, YearMonth period, List<ScenarioRulebook> scenarios) {
        if (scenarios.size() < 2) {
            throw new UserError("a scenario compares at least two rulebooks");
        }
        CareChoice careChoice = calculator.careChoice(careChoiceId);
        List<List<PaymentLine>> results = new ArrayList<>();
        for (ScenarioRulebook scenario : scenarios) {
            results.add(calculator.lines(careChoice, period, scenario.name(), scenario.rulebook()));
        }
        return ScenarioTable.of(careChoiceId, period, scenarios.stream().map(ScenarioRulebook::name).toList(),
                results, masterData.units());
    }

    @Override
    public void writeCsv(ScenarioComparison comparison, Writer out) throws IOException {
        ScenarioCsv.write(comparison, out);
    }
}
