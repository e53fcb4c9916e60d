package se.vardval.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.ui.navigator.NavNode.CareChoiceNode;
import se.vardval.ui.navigator.NavNode.ContractNode;
import se.vardval.ui.navigator.NavNode.Folder;
import se.vardval.ui.navigator.NavNode.FolderNode;
import se.vardval.ui.navigator.NavNode.ProviderNode;
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.navigator.NavNode.UnusedModelNode;

/** Where the navigator's selection puts a new record: its vårdval, provider, unit and model. */
class NavSelectionsTest {

    private static final Provider PROVIDER = new Provider("5599000014", "Östersunds Vårdcentral AB",
            Ownership.PRIVATE);
    private static final Unit UNIT = new Unit("SE-1", "Östersunds vårdcentral", PROVIDER.orgNr(), "2380", null);

    @Test
    void aUnitGivesItsVardvalItsProviderAndItself() {
        UnitNode unit = new UnitNode("halsoval", UNIT, true);
        assertEquals("halsoval", NavSelections.careChoice(unit));
        assertEquals("5599000014", NavSelections.provider(unit));
        assertEquals("SE-1", NavSelections.unit(unit));
    }

    @Test
    void aContractRowGivesItsUnitAndProvider() {
        ContractNode row = new ContractNode(new Contract("HV-1", "halsoval", "5599000014", "SE-1",
                LocalDate.of(2026, 12, 1), null));
        assertEquals("halsoval", NavSelections.careChoice(row));
        assertEquals("5599000014", NavSelections.provider(row));
        assertEquals("SE-1", NavSelections.unit(row));
    }

    @Test
    void aProviderOrAFolderGivesNoUnit() {
        assertEquals("5599000014", NavSelections.provider(new ProviderNode("halsoval", PROVIDER, true)));
        assertNull(NavSelections.unit(new ProviderNode("halsoval", PROVIDER, true)));
        assertEquals("fotvard", NavSelections.careChoice(new FolderNode("fotvard", Folder.PROVIDERS)));
        assertNull(NavSelections.provider(new FolderNode("fotvard", Folder.PROVIDERS)));
    }

    @Test
    void aVardvalOrAnUnusedModelGivesTheModel() {
        assertEquals("halsoval", NavSelections.modelType(new CareChoiceNode(new CareChoice("hv", "Hälsoval",
                "halsoval"), "Hälsoval")));
        assertEquals("fotvard", NavSelections.modelType(new UnusedModelNode("fotvard", "Medicinsk fotvård")));
        assertNull(NavSelections.careChoice(new UnusedModelNode("fotvard", "Medicinsk fotvård")));
        assertNull(NavSelections.careChoice(null));
    }
}
