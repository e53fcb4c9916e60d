package se.vardval.annual.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.annual.SavedScenario;
import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioProgress;
import se.vardval.annual.ScenarioRulebook;
import se.vardval.annual.Scenarios;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.Rulebook;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.ComponentNaming;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.RunCancelledException;
import se.vardval.core.service.UserError;
import se.vardval.core.store.DocumentStore;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.StoredDocument;

/**
 * Calculates scenarios with the vårdval's own model on the month's stored data, never as a payment run; a comparison
 * is saved, with its rulebooks, as a document of kind {@value #KIND}.
 */
@Component(service = Scenarios.class)
public class ScenarioRunner implements Scenarios {

    /** The document kind of saved scenarios. */
    static final String KIND = "scenario";

    private final MonthCalculator calculator;
    private final DocumentStore documents;
    private final AccessControl access;
    private final MasterDataStore masterData;
    private final ComponentNaming naming;
    private final RulebookService rulebooks;
    private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

    /** Created by DS with the models, the register, the month's data, the rulebooks, documents, access control and the components' names. */
    @Activate
    public ScenarioRunner(@Reference ModelCatalog models, @Reference MasterDataStore masterData,
            @Reference RunDataSource data, @Reference RulebookService rulebooks, @Reference DocumentStore documents,
            @Reference AccessControl access, @Reference ComponentNaming naming) {
        this.documents = documents;
        this.access = access;
        this.calculator = new MonthCalculator(models, masterData, data, rulebooks);
        this.naming = naming;
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
    public ScenarioComparison compare(String careChoiceId, YearMonth period, List<ScenarioRulebook> scenarios,
            ScenarioProgress progress) {
        if (scenarios.size() < 2) {
            throw new UserError("ett scenario jämför minst två förfrågningsunderlag");
        }
        CareChoice careChoice = calculator.careChoice(careChoiceId);
        List<List<PaymentLine>> results = new ArrayList<>();
        for (ScenarioRulebook scenario : scenarios) {
            if (progress.cancelled()) {
                throw new RunCancelledException("scenariot för " + careChoiceId + " " + period
                        + " avbröts; ingenting sparas");
            }
            progress.calculating(results.size(), scenarios.size(), scenario.name());
            results.add(calculator.lines(careChoice, period, scenario.name(), scenario.rulebook()));
        }
        return ScenarioTable.of(careChoiceId, period, scenarios.stream().map(ScenarioRulebook::name).toList(),
                results, masterData.units());
    }

    @Override
    public void writeCsv(ScenarioComparison comparison, Writer out) throws IOException {
        ScenarioCsv.write(comparison, naming.namesOf(comparison.careChoice()), out);
    }

    @Override
    public void writeXlsx(ScenarioComparison comparison, OutputStream out) throws IOException {
        ScenarioXlsx.write(comparison, naming.namesOf(comparison.careChoice()), out);
    }

    @Override
    public SavedScenario save(String name, List<ScenarioRulebook> scenarios, ScenarioComparison comparison,
            String user) {
        access.require(user, Permission.EDIT_RULEBOOK, comparison.careChoice());
        if (name == null || name.isBlank()) {
            throw new UserError("ett sparat scenario behöver ett namn");
        }
        if (!scenarios.stream().map(ScenarioRulebook::name).toList().equals(comparison.names())) {
            throw new UserError("förfrågningsunderlagen " + scenarios.stream().map(ScenarioRulebook::name).toList()
                    + " är inte de som jämförelsen jämförde: " + comparison.names());
        }
        SavedScenario saved = new SavedScenario(name.strip(), List.copyOf(scenarios), comparison, user, null);
        StoredDocument document = documents.save(KIND, comparison.careChoice(), saved.name(),
                AnnualJson.tree(saved), user);
        return new SavedScenario(saved.name(), saved.rulebooks(), comparison, user, document.savedAt());
    }

    @Override
    public List<SavedScenario> saved(String careChoice) {
        return documents.list(KIND, careChoice).stream().map(ScenarioRunner::read).toList();
    }

    @Override
    public Optional<SavedScenario> find(String careChoice, String name) {
        return documents.find(KIND, careChoice, name).map(ScenarioRunner::read);
    }

    private static SavedScenario read(StoredDocument document) {
        SavedScenario saved = AnnualJson.value(document.content(), SavedScenario.class);
        return new SavedScenario(saved.name(), saved.rulebooks(), saved.comparison(), document.savedBy(),
                document.savedAt());
    }
}
