package se.vardval.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * Registering in the client, as an administrator does it for a new health centre: a provider, then its unit (from the
 * provider selected in the navigator), then the contract row that brings the unit into Hälsoval (from the unit); a
 * malformed key or a key already registered is refused with its reason and nothing is stored.
 */
class RegisterCreationUiTest {

    private static final String ORG_NR = "5599000014";
    private static final String HSA_ID = "SE2321000206-ZUI0001";

    @Test
    void aNewProviderThenItsUnitThenItsContractRow() throws Exception {
        MasterDataStore masterData = DemoDatabase.service(MasterDataStore.class);
        DemoDatabase.ensure();

        registerProvider(masterData);
        registerUnit(masterData);
        registerContract(masterData);
    }

    private void registerProvider(MasterDataStore masterData) throws Exception {
        try (PartShell view = open(null)) {
            view.make(ProviderEditorPart.class);
            assertEquals("Ny vårdgivare", view.context().get(MPart.class).getLabel());
            assertEquals("Privat", view.widget("provider.ownership", Combo.class).getText());
            view.widget("provider.orgNr", Text.class).setText("559900-0015");
            click(view);
            assertTrue(status(view).contains("felaktig kontrollsiffra"), status(view));
            assertTrue(status(view).contains("namn saknas"), status(view));

            view.widget("provider.orgNr", Text.class).setText("559900-0014");
            view.widget("provider.name", Text.class).setText("Östersunds Vårdcentral AB");
            view.save("register-new-provider");
            click(view);

            assertTrue(status(view).startsWith("Registrerat."), status(view));
            assertEquals(new Provider(ORG_NR, "Östersunds Vårdcentral AB", Ownership.PRIVATE),
                    masterData.providers().stream().filter(p -> p.orgNr().equals(ORG_NR)).findFirst().orElseThrow());
            MPart part = view.context().get(MPart.class);
            assertEquals(ORG_NR, part.getPersistedState().get(ClientTags.ITEM), "the part now edits the provider");
            assertEquals("Östersunds Vårdcentral AB", part.getLabel());
            assertFalse(view.widget("provider.orgNr", Text.class).getEditable());
            assertFalse(part.isDirty());
        }
        try (PartShell again = open(null)) {
            again.make(ProviderEditorPart.class);
            again.widget("provider.orgNr", Text.class).setText(ORG_NR);
            again.widget("provider.name", Text.class).setText("Dubblett AB");
            click(again);
            assertEquals("Vårdgivaren " + ORG_NR + " finns redan.", status(again));
            assertEquals("Östersunds Vårdcentral AB", masterData.providers().stream()
                    .filter(p -> p.orgNr().equals(ORG_NR)).findFirst().orElseThrow().name(), "nothing overwritten");
        }
    }

    private void registerUnit(MasterDataStore masterData) throws Exception {
        try (PartShell view = open(ORG_NR)) {
            view.make(UnitEditorPart.class);
            assertEquals("Östersunds Vårdcentral AB (" + ORG_NR + ")", view.widget("unit.provider", Combo.class)
                    .getText(), "the provider selected in the navigator");
            view.widget("unit.hsaId", Text.class).setText("SE 1");
            view.widget("unit.municipality", Text.class).setText("23");
            click(view);
            assertTrue(status(view).contains("HSA-id saknas eller innehåller mellanslag"), status(view));
            assertTrue(status(view).contains("kommunkoden har fyra siffror"), status(view));

            view.widget("unit.hsaId", Text.class).setText(HSA_ID);
            view.widget("unit.name", Text.class).setText("Östersunds vårdcentral");
            view.widget("unit.municipality", Text.class).setText("2380");
            view.widget("unit.catchment", Text.class).setText("-5");
            click(view);
            assertEquals("Inte sparat: befolkningen får inte vara negativ", status(view));
            view.save("register-unit-negative");

            view.widget("unit.catchment", Text.class).setText("12 000");
            click(view);

            assertTrue(status(view).startsWith("Registrerat."), status(view));
            assertEquals(new Unit(HSA_ID, "Östersunds vårdcentral", ORG_NR, "2380", 12000), masterData.units()
                    .stream().filter(u -> u.hsaId().equals(HSA_ID)).findFirst().orElseThrow());
            assertEquals(HSA_ID, view.context().get(MPart.class).getPersistedState().get(ClientTags.ITEM));
        }
        reopenUnit(masterData);
    }

    private void reopenUnit(MasterDataStore masterData) throws Exception {
        try (PartShell view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE,
                ClientTags.ITEM, HSA_ID), 900, 520)) {
            view.make(UnitEditorPart.class);
            assertEquals("12\u00a0000", view.widget("unit.catchment", Text.class).getText(), "grouped the Swedish way");

            view.widget("unit.catchment", Text.class).setText("6\u00a0720");
            click(view);
            assertEquals("Sparat.", status(view));
            assertEquals(6720, masterData.units().stream().filter(u -> u.hsaId().equals(HSA_ID)).findFirst()
                    .orElseThrow().catchmentPopulation());
            view.widget("unit.catchment", Text.class).setText("6,5");
            click(view);
            assertEquals("Inte sparat: befolkningen är ett heltal", status(view));
            view.save("register-unit-catchment");
        }
    }

    private void registerContract(MasterDataStore masterData) throws Exception {
        try (PartShell view = open(HSA_ID)) {
            view.make(ContractEditorPart.class);
            assertEquals("Östersunds vårdcentral (" + HSA_ID + ")", view.widget("contract.unit", Combo.class)
                    .getText(), "the unit selected in the navigator");
            assertEquals("Östersunds Vårdcentral AB (" + ORG_NR + ")",
                    view.widget("contract.provider", Combo.class).getText(), "the unit's provider");
            assertFalse(view.widget("contract.provider", Combo.class).getEnabled(), "shown, not chosen");
            LocalDate nextMonth = LocalDate.now().withDayOfMonth(1).plusMonths(1);
            assertEquals(nextMonth.toString(), view.widget("contract.validFrom", Text.class).getText());
            click(view);
            assertTrue(status(view).contains("avtals-id saknas"), status(view));

            view.widget("contract.id", Text.class).setText("HV-UI-1");
            view.save("register-new-contract");
            click(view);

            assertEquals("Registrerat.", status(view));
            assertTrue(masterData.contracts(DemoDatabase.CARE_CHOICE).contains(
                    new Contract("HV-UI-1", DemoDatabase.CARE_CHOICE, ORG_NR, HSA_ID, nextMonth, null)));
            assertEquals("HV-UI-1|" + HSA_ID, view.context().get(MPart.class).getPersistedState()
                    .get(ClientTags.ITEM));
            assertEquals("Avtal HV-UI-1, " + HSA_ID, view.context().get(MPart.class).getLabel());
        }
    }

    private static PartShell open(String preset) throws Exception {
        Map<String, String> state = new HashMap<>(Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE));
        if (preset != null) {
            state.put(ClientTags.PRESET, preset);
        }
        return PartShell.open("", state, 900, 520);
    }

    private static String status(PartShell view) {
        return view.widget("register.status", Label.class).getText();
    }

    private static void click(PartShell view) {
        view.widget("register.save", Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
