package se.vardval.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.testing.DemoDatabase;

/** The navigator's content on the demo database: vårdval → providers → units → contracts, rulebooks, model views. */
class NavigatorTreeTest {

    private static NavigatorTree tree;

    @BeforeAll
    static void demo() throws Exception {
        DemoDatabase.ensure();
        tree = new NavigatorTree(DemoDatabase.service(MasterDataStore.class),
                DemoDatabase.service(RulebookStore.class), DemoDatabase.service(RunStore.class),
                DemoDatabase.service(ModelCatalog.class),
                type -> type.equals("halsoval") ? List.of(new ModelView("cni", "CNI", null)) : List.of());
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
    void rulebooksNewestYearFirst() {
        List<NavNode> rulebooks = tree.children(new FolderNode("halsoval", Folder.RULEBOOKS));
        assertEquals(2021, ((RulebookNode) rulebooks.get(0)).rulebook().year());
        assertEquals(2020, ((RulebookNode) rulebooks.get(1)).rulebook().year());
    }
}
