package se.vardval.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.ModelTools;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.navigator.NavNode.CareChoiceNode;
import se.vardval.ui.navigator.NavNode.ContractNode;
import se.vardval.ui.navigator.NavNode.Folder;
import se.vardval.ui.navigator.NavNode.FolderNode;
import se.vardval.ui.navigator.NavNode.ModelViewNode;
import se.vardval.ui.navigator.NavNode.ProviderNode;
import se.vardval.ui.navigator.NavNode.RulebookNode;
import se.vardval.ui.navigator.NavNode.ToolNode;
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.testing.DemoDatabase;

/**
 * The navigator's content on the demo database: vårdval → providers → units → contracts (and the providers and units no
 * contract covers yet), rulebooks, model views.
 */
class NavigatorTreeTest {

    private static NavigatorTree tree;

    @BeforeAll
    static void demo() throws Exception {
        DemoDatabase.ensure();
        tree = freshTree();
    }

    /** A tree that reads the database as it is now. */
    private static NavigatorTree freshTree() throws InterruptedException {
        ModelTools tools = DemoDatabase.service(ModelTools.class);
        return new NavigatorTree(DemoDatabase.service(MasterDataStore.class),
                DemoDatabase.service(RulebookStore.class), DemoDatabase.service(RunStore.class),
                DemoDatabase.service(ModelCatalog.class),
                type -> switch (type) {
                    case "halsoval" -> List.of(new ModelView("cni", "CNI", null));
                    case "specialist" -> List.of(new ModelView("ceiling", "Takbelopp", null),
                            new ModelView("episodes", "Vårdåtaganden", null));
                    default -> List.of();
                },
                careChoice -> tools.tools(careChoice).stream()
                        .map(tool -> new ToolNode(careChoice, tool.id(), tool.name(SwedishFormat.SWEDISH))).toList());
    }

    @Test
    void eachVardvalWithItsModelFoldersAndThePluginsViews() {
        CareChoiceNode halsoval = assertInstanceOf(CareChoiceNode.class, tree.roots().get(0));
        assertEquals("halsoval", halsoval.careChoice().id());
        assertEquals("Hälsoval (primärvård)", halsoval.modelName());

        List<NavNode> children = tree.children(halsoval);
        assertEquals(List.of(Folder.values()), children.stream().filter(FolderNode.class::isInstance)
                .map(n -> ((FolderNode) n).folder()).toList());
        assertTrue(children.stream().anyMatch(n -> n instanceof ModelViewNode v && v.view().label().equals("CNI")));
    }

    @Test
    void providersThenUnitsThenContractRows() {
        NavNode providers = new FolderNode("halsoval", Folder.PROVIDERS);
        ProviderNode provider = assertInstanceOf(ProviderNode.class, tree.children(providers).get(0));
        UnitNode unit = assertInstanceOf(UnitNode.class, tree.children(provider).get(0));
        assertEquals(provider.provider().orgNr(), unit.unit().orgNr());
        ContractNode contract = assertInstanceOf(ContractNode.class, tree.children(unit).get(0));
        assertEquals(unit.unit().hsaId(), contract.contract().hsaId());
        assertFalse(tree.hasChildren(contract));
    }

    @Test
    void aProviderAndUnitWithoutAnyContractFollowTheContractedOnesUnderEveryVardval() throws Exception {
        MasterDataStore masterData = DemoDatabase.service(MasterDataStore.class);
        Provider provider = new Provider("5599000022", "Övre Norrlands Hälsa AB", Ownership.PRIVATE);
        Unit unit = new Unit("SE2321000206-ZNAV001", "Övre Norrlands Hälsa Brunflo", provider.orgNr(), "2380", null);
        if (masterData.providers().stream().noneMatch(p -> p.orgNr().equals(provider.orgNr()))) {
            masterData.createProvider(provider, DemoDatabase.ADMINISTRATOR);
            masterData.createUnit(unit, DemoDatabase.ADMINISTRATOR);
        }
        NavigatorTree fresh = freshTree();

        for (String careChoice : masterData.careChoices().stream().map(c -> c.id()).toList()) {
            List<NavNode> providers = fresh.children(new FolderNode(careChoice, Folder.PROVIDERS));
            int first = providers.indexOf(new ProviderNode(careChoice, provider, false));
            assertTrue(first >= 0, careChoice + " lists the provider without a contract: " + providers);
            assertTrue(providers.subList(0, first).stream().allMatch(n -> ((ProviderNode) n).contracted()),
                    "after every contracted provider");
            assertEquals(List.of(new UnitNode(careChoice, unit, false)),
                    fresh.children(providers.get(first)), "its unit, without a contract");
            assertFalse(fresh.hasChildren(new UnitNode(careChoice, unit, false)));
        }
        assertTrue(fresh.children(new FolderNode("halsoval", Folder.PROVIDERS))
                .indexOf(new ProviderNode("halsoval", provider, false)) > 0, "Hälsoval's providers come first");
    }

    @Test
    void aContractedProviderListsOnlyItsUnitsTheVardvalCovers() throws Exception {
        NavigatorTree fresh = freshTree();
        List<NavNode> providers = fresh.children(new FolderNode("halsoval", Folder.PROVIDERS));
        ProviderNode contracted = (ProviderNode) providers.get(0);
        assertTrue(contracted.contracted());
        List<String> covered = DemoDatabase.service(MasterDataStore.class).contracts("halsoval").stream()
                .map(Contract::hsaId).toList();
        List<NavNode> units = fresh.children(contracted);
        assertFalse(units.isEmpty());
        assertTrue(units.stream().allMatch(n -> n instanceof UnitNode u && u.contracted()
                && covered.contains(u.unit().hsaId())), units.toString());
    }

    @Test
    void theModelToolsOfTheVardvalsPlugin() {
        NavNode tools = new FolderNode("halsoval", Folder.TOOLS);
        assertTrue(tree.hasChildren(tools));
        assertEquals(List.of(new ToolNode("halsoval", "age-weights", "Härled åldersvikter")), tree.children(tools));
    }

    @Test
    void rulebooksNewestYearFirst() {
        List<NavNode> rulebooks = tree.children(new FolderNode("halsoval", Folder.RULEBOOKS));
        assertEquals(2021, ((RulebookNode) rulebooks.get(0)).rulebook().year());
        assertEquals(2020, ((RulebookNode) rulebooks.get(1)).rulebook().year());
    }

    @Test
    void theVardvalOfOneModelStandSideBySideEachWithItsOwnRulebooksAndTheModelsViews() {
        List<CareChoiceNode> specialist = tree.roots().stream().filter(CareChoiceNode.class::isInstance)
                .map(CareChoiceNode.class::cast).filter(n -> n.careChoice().modelType().equals("specialist")).toList();
        assertEquals(List.of("hoftknaprotes", "hud", "ogon"), specialist.stream().map(n -> n.careChoice().id())
                .toList());
        for (CareChoiceNode node : specialist) {
            assertEquals("Specialistvård (LOV)", node.modelName());
            assertEquals(List.of("Takbelopp", "Vårdåtaganden"), tree.children(node).stream()
                    .filter(ModelViewNode.class::isInstance).map(n -> ((ModelViewNode) n).view().label()).toList());
            List<NavNode> rulebooks = tree.children(new FolderNode(node.careChoice().id(), Folder.RULEBOOKS));
            assertEquals(List.of(node.careChoice().id() + " 2020"), rulebooks.stream().map(r -> ((RulebookNode) r)
                    .rulebook().careChoice() + " " + ((RulebookNode) r).rulebook().year()).toList());
        }
    }
}
