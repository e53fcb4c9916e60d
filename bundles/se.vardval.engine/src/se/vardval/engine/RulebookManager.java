package se.vardval.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.IndexRounding;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;

/**
 * Checks rulebooks against their vårdval and model before they are stored, exported or decided (the model's own
 * validation, and that every {@code indexRounding} path names an annual rate the model indexes), and the acting user's
 * role before every write.
 */
@Component(service = RulebookService.class)
public class RulebookManager implements RulebookService {

    private final ModelCatalog models;
    private final MasterDataStore masterData;
    private final RulebookStore store;
    private final AccessControl access;
    private final RulebookJson json = new RulebookJson();

    /** Created by DS with the model catalogue, the stores and the access control. */
    @Activate
    public RulebookManager(@Reference ModelCatalog models, @Reference MasterDataStore masterData,
            @Reference RulebookStore store, @Reference AccessControl access) {
        this.access = access;
        this.models = models;
        this.masterData = masterData;
        this.store = store;
    }

    @Override
    public Rulebook importJson(String document, boolean replace, String user) {
        Rulebook rulebook = json.read(document);
        access.require(user, rulebook.status() == RulebookStatus.DECIDED ? Permission.DECIDE_RULEBOOK
                : Permission.EDIT_RULEBOOK, rulebook.careChoice());
        Rulebook current = store.find(rulebook.careChoice(), rulebook.year()).orElse(null);
        if (!replace) {
            requireNoDraft(rulebook, current);
        }
        requireValid(rulebook);
        store.saveIfUnchanged(rulebook, current, user);
        return rulebook;
    }

    @Override
    public String exportJson(String careChoice, int year) {
        return json.write(existing(careChoice, year));
    }

    @Override
    public Rulebook readJson(String document) {
        return json.read(document);
    }

    @Override
    public String toJson(Rulebook rulebook) {
        return json.write(rulebook);
    }

    @Override
    public Rulebook withTable(Rulebook rulebook, String parameter, Path csv) {
        return TableImport.of(rulebook, parameter, csv).read(csv, samples(rulebook));
    }

    @Override
    public Rulebook importTable(String careChoice, int year, String parameter, Path csv, String user) {
        access.require(user, Permission.EDIT_RULEBOOK, careChoice);
        Rulebook draft = existing(careChoice, year);
        if (draft.status() == RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + careChoice + " " + year + " är beslutat ("
                    + draft.decision() + ") och kan inte ändras; gör i stället ett utkast för " + (year + 1)
                    + " utifrån det");
        }
        TableImport table = TableImport.of(draft, parameter, csv);
        Rulebook edited = table.read(csv, samples(draft));
        List<ParameterProblem> problems = validate(edited);
        if (!problems.isEmpty()) {
            throw table.problems(problems);
        }
        store.saveIfUnchanged(edited, draft, user);
        return edited;
    }

    /** The model's default parameters and the vårdval's other rulebooks' parameters, for a table's cell types. */
    private Stream<JsonNode> samples(Rulebook rulebook) {
        Stream<JsonNode> defaults = models.model(rulebook.modelType()).map(m -> (JsonNode) m.defaultParameters())
                .stream();
        return Stream.concat(defaults, store.list(rulebook.careChoice()).stream()
                .filter(r -> r.year() != rulebook.year()).map(Rulebook::parameters));
    }

    @Override
    public List<ParameterProblem> validate(Rulebook rulebook) {
        CareChoice careChoice = masterData.registeredCareChoice(rulebook.careChoice());
        if (!careChoice.modelType().equals(rulebook.modelType())) {
            return List.of(new ParameterProblem("modelType", "vårdvalet " + careChoice.id() + " ersätts enligt modellen '"
                    + careChoice.modelType() + "', inte '" + rulebook.modelType() + "'"));
        }
        ReimbursementModel model = model(rulebook.modelType());
        List<ParameterProblem> problems = new ArrayList<>(model.validate(rulebook.parameters()));
        problems.addAll(IndexRounding.unknownPaths(model.annualRates(rulebook.parameters()), rulebook.parameters()));
        return List.copyOf(problems);
    }

    @Override
    public Rulebook decide(String careChoice, int year, String decision, String user) {
        access.require(user, Permission.DECIDE_RULEBOOK, careChoice);
        Rulebook draft = existing(careChoice, year);
        if (draft.status() == RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + careChoice + " " + year + " är redan beslutat ("
                    + draft.decision() + ")");
        }
        if (decision == null || decision.isBlank()) {
            throw new UserError("ange beslutets referens, t.ex. \"RS 2025-05-27 § 85\"");
        }
        requireValid(draft);
        Rulebook decided = new Rulebook(careChoice, draft.modelType(), year, RulebookStatus.DECIDED, decision.trim(),
                draft.parameters());
        store.saveIfUnchanged(decided, draft, user);
        return decided;
    }

    private Rulebook existing(String careChoice, int year) {
        return store.find(careChoice, year)
                .orElseThrow(() -> new UserError("det finns inget förfrågningsunderlag för " + careChoice + " "
                        + year));
    }

    /** Refuses a document for a year that has a draft, which only an explicit replace may overwrite. */
    private static void requireNoDraft(Rulebook rulebook, Rulebook current) {
        if (current != null && current.status() == RulebookStatus.DRAFT) {
            throw new UserError("förfrågningsunderlaget för " + rulebook.careChoice() + " " + rulebook.year()
                    + " finns redan som utkast; ersätt det uttryckligen för att importera ett nytt");
        }
    }

    private ReimbursementModel model(String modelType) {
        return models.model(modelType)
                .orElseThrow(() -> new UserError("modellen '" + modelType + "' är inte installerad"));
    }

    private void requireValid(Rulebook rulebook) {
        List<ParameterProblem> problems = validate(rulebook);
        if (!problems.isEmpty()) {
            throw new UserError("förfrågningsunderlaget för " + rulebook.careChoice() + " " + rulebook.year()
                    + " avvisades:\n  "
                    + String.join("\n  ", problems.stream().map(ParameterProblem::toString).toList()));
        }
    }
}
