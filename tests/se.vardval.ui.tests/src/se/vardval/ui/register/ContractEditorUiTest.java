package se.vardval.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Contract;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * The contract editor on the demo database: its fields and tilläggsuppdrag, a field problem, and two administrators
 * editing the same contract: the second save is refused with a clear message instead of overwriting the first.
 */
class ContractEditorUiTest {

    private PartShell view;
    private MasterDataStore masterData;
    private Contract contract;

    @BeforeEach
    void open() throws Exception {
        DemoDatabase.ensure();
        masterData = DemoDatabase.service(MasterDataStore.class);
        contract = masterData.contracts(DemoDatabase.CARE_CHOICE).stream()
                .filter(c -> masterData.supplementaries(DemoDatabase.CARE_CHOICE).stream()
                        .anyMatch(s -> s.contractId().equals(c.contractId())))
                .findFirst().orElseThrow();
        view = PartShell.open("", Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE,
                ClientTags.ITEM, contract.contractId() + "|" + contract.hsaId()), 1000, 640);
        view.make(ContractEditorPart.class);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void aSecondAdministratorsSaveIsRefusedInsteadOfOverwriting() throws Exception {
        assertEquals(contract.contractId(), view.widget("contract.id", Text.class).getText());
        assertTrue(view.widget("contract.supplementaries", Table.class).getItemCount() > 0);
        Text validTo = view.widget("contract.validTo", Text.class);

        validTo.setText("1999-01-01");
        click("register.save");
        assertTrue(status().contains("slutar innan det börjar"), status());

        Contract theirs = new Contract(contract.contractId(), contract.careChoice(), contract.orgNr(),
                contract.hsaId(), contract.validFrom(), LocalDate.of(2030, 12, 31));
        masterData.updateContract(contract, theirs, DemoDatabase.otherAdministrator());
        validTo.setText("2029-06-30");
        click("register.save");
        assertTrue(status().contains("en annan administratör"), status());
        assertTrue(view.context().get(MPart.class).isDirty(), "the user's edit is kept");
        assertEquals(LocalDate.of(2030, 12, 31), stored().validTo(), "the other administrator's change stays");
        view.save("contract-conflict");

        click("register.reload");
        assertEquals("2030-12-31", validTo.getText());
        validTo.setText("2029-06-30");
        click("register.save");
        assertEquals("Sparat.", status());
        assertFalse(view.context().get(MPart.class).isDirty());
        assertEquals(LocalDate.of(2029, 6, 30), stored().validTo());
    }

    private Contract stored() {
        return masterData.contracts(DemoDatabase.CARE_CHOICE).stream()
                .filter(c -> c.contractId().equals(contract.contractId()) && c.hsaId().equals(contract.hsaId()))
                .findFirst().orElseThrow();
    }

    private String status() {
        return view.widget("register.status", Label.class).getText();
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
