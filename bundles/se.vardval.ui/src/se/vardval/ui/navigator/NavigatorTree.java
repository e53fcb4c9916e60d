package se.vardval.ui.navigator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.navigator.NavNode.CareChoiceNode;
import se.vardval.ui.navigator.NavNode.ContractNode;
import se.vardval.ui.navigator.NavNode.Folder;
import se.vardval.ui.navigator.NavNode.FolderNode;
import se.vardval.ui.navigator.NavNode.ModelViewNode;
import se.vardval.ui.navigator.NavNode.ProviderNode;
import se.vardval.ui.navigator.NavNode.RulebookNode;
import se.vardval.ui.navigator.NavNode.RunNode;
import se.vardval.ui.navigator.NavNode.ToolNode;
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.navigator.NavNode.UnusedModelNode;

/**
 * The navigator's content, read from the stores: the region's vårdval with their providers, units and contracts,
 * rulebooks, imports, runs and follow-up, and the views each model plugin contributes. Contract rows are read once
 * per vårdval; a fresh tree reads the database as it is now.
 */
public final class NavigatorTree {

    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final RunStore runs;
    private final ModelCatalog models;
    private final Function<String, List<ModelView>> viewsOfModel;
    private final Function<String, List<ToolNode>> toolsOf;
    private final Map<String, List<Contract>> contracts = new HashMap<>();

    /**
     * Reads from the given stores; {@code viewsOfModel} lists the plugin views of a model type, {@code toolsOf} the
     * model tools of a vårdval (a vårdval without tools has no tools folder).
     */
    public NavigatorTree(MasterDataStore masterData, RulebookStore rulebooks, RunStore runs, ModelCatalog models,
            Function<String, List<ModelView>> viewsOfModel, Function<String, List<ToolNode>> toolsOf) {
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.runs = runs;
        this.models = models;
        this.viewsOfModel = viewsOfModel;
        this.toolsOf = toolsOf;
    }

    /** The vårdval of the region, then the installed models no vårdval uses. */
    public List<NavNode> roots() {
        List<NavNode> roots = new ArrayList<>();
        List<CareChoice> careChoices = masterData.careChoices();
        for (CareChoice careChoice : careChoices) {
            Optional<ReimbursementModel> model = models.model(careChoice.modelType());
            roots.add(new CareChoiceNode(careChoice, model.map(ReimbursementModel::displayName).orElse(null)));
        }
        for (ReimbursementModel model : models.models()) {
            if (careChoices.stream().noneMatch(c -> c.modelType().equals(model.modelType()))) {
                roots.add(new UnusedModelNode(model.modelType(), model.displayName()));
            }
        }
        return roots;
    }

    /** Whether a node may have children (without reading them). */
    public boolean hasChildren(NavNode node) {
        return switch (node) {
            case CareChoiceNode c -> true;
            case FolderNode f -> f.folder() == Folder.PROVIDERS || f.folder() == Folder.RULEBOOKS
                    || f.folder() == Folder.RUNS || f.folder() == Folder.TOOLS;
            case ProviderNode p -> true;
            case UnitNode u -> u.contracted();
            default -> false;
        };
    }

    /** The children of a node. */
    public List<NavNode> children(NavNode node) {
        return switch (node) {
            case CareChoiceNode c -> careChoiceChildren(c);
            case FolderNode f -> folderChildren(f);
            case ProviderNode p -> units(p);
            case UnitNode u -> contractsOf(u.careChoice()).stream().filter(c -> c.hsaId().equals(u.unit().hsaId()))
                    .<NavNode>map(ContractNode::new).toList();
            default -> List.of();
        };
    }

    private List<NavNode> careChoiceChildren(CareChoiceNode node) {
        String id = node.careChoice().id();
        List<NavNode> children = new ArrayList<>();
        for (Folder folder : Folder.values()) {
            if (folder != Folder.TOOLS || !toolsOf.apply(id).isEmpty()) {
                children.add(new FolderNode(id, folder));
            }
        }
        for (ModelView view : viewsOfModel.apply(node.careChoice().modelType())) {
            children.add(new ModelViewNode(id, view));
        }
        return children;
    }

    private List<NavNode> folderChildren(FolderNode node) {
        return switch (node.folder()) {
            case PROVIDERS -> providers(node.careChoice());
            case RULEBOOKS -> rulebooks.list(node.careChoice()).stream()
                    .sorted(Comparator.comparingInt(r -> -r.year())).<NavNode>map(RulebookNode::new).toList();
            case RUNS -> runs.list(node.careChoice()).stream().<NavNode>map(RunNode::new).toList();
            case TOOLS -> List.copyOf(toolsOf.apply(node.careChoice()));
            default -> List.of();
        };
    }

    /** The vårdval's contracted providers by name, then those without a contract in any vårdval. */
    private List<NavNode> providers(String careChoice) {
        Set<String> contracted = contractsOf(careChoice).stream().map(Contract::orgNr).collect(Collectors.toSet());
        Set<String> anyContract = everyContract().stream().map(Contract::orgNr).collect(Collectors.toSet());
        List<Provider> byName = masterData.providers().stream()
                .sorted(Comparator.comparing(Provider::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<NavNode> nodes = new ArrayList<>();
        byName.stream().filter(p -> contracted.contains(p.orgNr()))
                .forEach(p -> nodes.add(new ProviderNode(careChoice, p, true)));
        byName.stream().filter(p -> !anyContract.contains(p.orgNr()))
                .forEach(p -> nodes.add(new ProviderNode(careChoice, p, false)));
        return nodes;
    }

    /** The provider's units the vårdval's contracts cover by name, then its units no contract of any vårdval covers. */
    private List<NavNode> units(ProviderNode node) {
        Set<String> covered = contractsOf(node.careChoice()).stream().map(Contract::hsaId).collect(Collectors.toSet());
        Set<String> anyContract = everyContract().stream().map(Contract::hsaId).collect(Collectors.toSet());
        List<Unit> byName = masterData.units().stream().filter(u -> u.orgNr().equals(node.provider().orgNr()))
                .sorted(Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER)).toList();
        List<NavNode> nodes = new ArrayList<>();
        byName.stream().filter(u -> covered.contains(u.hsaId()))
                .forEach(u -> nodes.add(new UnitNode(node.careChoice(), u, true)));
        byName.stream().filter(u -> !anyContract.contains(u.hsaId()))
                .forEach(u -> nodes.add(new UnitNode(node.careChoice(), u, false)));
        return nodes;
    }

    private List<Contract> everyContract() {
        return masterData.careChoices().stream().flatMap(c -> contractsOf(c.id()).stream()).toList();
    }

    private List<Contract> contractsOf(String careChoice) {
        return contracts.computeIfAbsent(careChoice, masterData::contracts);
    }
}
