package se.vardval.annual.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.annual.IndexationReport;
import se.vardval.annual.Indexation;
import se.vardval.annual.IndexedRate;
import se.vardval.annual.ParameterChange;
import se.vardval.annual.RulebookYears;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.RulebookStatus;
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
 * Drafts (from an earlier year or the model's defaults), edits, indexes and compares rulebooks per vårdval and year;
 * every stored draft is valid for its model and stored only by a user allowed to edit the vårdval's rulebooks.
 */
@Component(service = RulebookYears.class)
public class RulebookYearsService implements RulebookYears {

    private final RulebookStore store;
    private final RulebookService rulebooks;
    private final ModelCatalog models;
    private final AccessControl access;
    private final MasterDataStore masterData;

    /**
     * Created by DS with the rulebook store and service, the installed models, the access control and the register
     * (whose tilläggsuppdrag indexation raises).
     */
    @Activate
    public RulebookYearsService(@Reference RulebookStore store, @Reference RulebookService rulebooks,
            @Reference ModelCatalog models, @Reference AccessControl access, @Reference MasterDataStore masterData) {
        this.access = access;
        this.masterData = masterData;
        this.store = store;
        this.rulebooks = rulebooks;
        this.models = models;
    }

    @Override
    public Rulebook draft(String careChoice, int year, int fromYear, boolean replace, String user) {
        access.require(user, Permission.EDIT_RULEBOOK, careChoice);
        if (fromYear >= year) {
            throw new UserError("ett utkast kopieras från ett tidigare år; " + fromYear + " är inte före " + year);
        }
        Rulebook from = existing(careChoice, fromYear);
        Rulebook current = replaceable(careChoice, year, replace, Integer.toString(fromYear));
        Rulebook draft = new Rulebook(careChoice, from.modelType(), year, RulebookStatus.DRAFT, null,
                from.parameters().deepCopy());
        save(draft, current, user);
        return draft;
    }

    @Override
    public Rulebook draftFromDefaults(String careChoice, int year, boolean replace, String user) {
        access.require(user, Permission.EDIT_RULEBOOK, careChoice);
        CareChoice choice = masterData.registeredCareChoice(careChoice);
        ReimbursementModel model = model(choice.modelType());
        Rulebook current = replaceable(careChoice, year, replace, "modellens standardvärden");
        Rulebook draft = new Rulebook(careChoice, model.modelType(), year, RulebookStatus.DRAFT, null,
                model.defaultParameters());
        save(draft, current, user);
        return draft;
    }

    /**
     * The year's stored rulebook (null when none), which a new draft may replace: refuses a decided one, and a draft
     * unless {@code replace}.
     */
    private Rulebook replaceable(String careChoice, int year, boolean replace, String startingPoint) {
        Rulebook current = store.find(careChoice, year).orElse(null);
        if (current != null && current.status() == RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + careChoice + " " + year + " är beslutat ("
                    + current.decision() + ") och kan inte ersättas");
        }
        if (current != null && !replace) {
            throw new UserError("förfrågningsunderlaget för " + careChoice + " " + year + " finns redan som utkast;"
                    + " ersätt det uttryckligen för att börja om från " + startingPoint);
        }
        return current;
    }

    @Override
    public Rulebook set(String careChoice, int year, String path, JsonNode value, String user) {
        access.require(user, Permission.EDIT_RULEBOOK, careChoice);
        Rulebook draft = draftOf(careChoice, year);
        JsonNode parameters = draft.parameters().deepCopy();
        ParameterPaths.set(parameters, path.startsWith("parameters.") ? path.substring(11) : path, value);
        Rulebook edited = new Rulebook(careChoice, draft.modelType(), year, RulebookStatus.DRAFT, null, parameters);
        save(edited, draft, user);
        return edited;
    }

    @Override
    public IndexationReport index(String careChoice, int year, Indexation indexation, boolean preview,
            String user) {
        if (!preview) {
            access.require(user, Permission.EDIT_RULEBOOK, careChoice);
        }
        Rulebook draft = draftOf(careChoice, year);
        ReimbursementModel model = model(draft.modelType());
        IndexationReport rates = LpikIndexation.apply(draft, lastYear(draft), model.annualRates(draft.parameters()),
                indexation);
        SupplementaryIndexation supplementaries = SupplementaryIndexation.of(masterData.supplementaries(careChoice),
                year, rates.factor(), indexation);
        if (!preview) {
            if (!supplementaries.changes().isEmpty()) {
                access.require(user, Permission.EDIT_REGISTER, null);
            }
            requireValid(rates.rulebook());
            store.saveIndexed(rates.rulebook(), supplementaries.changes(), user);
        }
        List<IndexedRate> all = new ArrayList<>(rates.rates());
        all.addAll(supplementaries.report());
        return new IndexationReport(rates.rulebook(), rates.factor(), List.copyOf(all), rates.base());
    }

    @Override
    public List<ParameterChange> diff(Rulebook before, Rulebook after) {
        return RulebookDiff.diff(before, after);
    }

    /** Stores a valid draft over {@code expected}, the year's rulebook as read (null: none). */
    private void save(Rulebook draft, Rulebook expected, String user) {
        requireValid(draft);
        store.saveIfUnchanged(draft, expected, user);
    }

    private void requireValid(Rulebook draft) {
        List<ParameterProblem> problems = rulebooks.validate(draft);
        if (!problems.isEmpty()) {
            throw new UserError("förfrågningsunderlaget för " + draft.careChoice() + " " + draft.year() + " avvisades: "
                    + problems);
        }
    }

    private Rulebook draftOf(String careChoice, int year) {
        Rulebook rulebook = existing(careChoice, year);
        if (rulebook.status() == RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + careChoice + " " + year + " är beslutat ("
                    + rulebook.decision() + ") och kan inte ändras; gör i stället ett utkast för " + (year + 1)
                    + " utifrån det");
        }
        return rulebook;
    }

    /** The rulebook of the latest year before the draft's, whose rates indexation raises. */
    private Rulebook lastYear(Rulebook draft) {
        return store.list(draft.careChoice()).stream().filter(r -> r.year() < draft.year())
                .max(Comparator.comparingInt(Rulebook::year))
                .orElseThrow(() -> new UserError("förfrågningsunderlaget för " + draft.careChoice() + " "
                        + draft.year() + " har inget tidigare års underlag att indexera från"));
    }

    private ReimbursementModel model(String modelType) {
        return models.model(modelType)
                .orElseThrow(() -> new UserError("modellen '" + modelType + "' är inte installerad"));
    }

    private Rulebook existing(String careChoice, int year) {
        return store.find(careChoice, year)
                .orElseThrow(() -> new UserError("det finns inget förfrågningsunderlag för " + careChoice + " "
                        + year));
    }
}
