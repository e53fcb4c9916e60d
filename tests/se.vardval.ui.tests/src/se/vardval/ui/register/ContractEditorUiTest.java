package se.vardval.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Contract;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.PartContexts;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * The contract editor on the demo database: its fields and tilläggsuppdrag, a field problem, and two administrators
 * editing the same contract: the second save is refused with a clear message instead of overwriting the first.
 */
class ContractEditorUiTest {

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private MasterDataStore masterData;
    private Contract contract;

    @BeforeEach
    void open() throws Exception {
        display = Displays.require();
        DemoDatabase.ensure();
        masterData = DemoDatabase.service(MasterDataStore.class);
        contract = masterData.contracts(DemoDatabase.CARE_CHOICE).stream()
                .filter(c -> masterData.supplementaries(DemoDatabase.CARE_CHOICE).stream()
                        .anyMatch(s -> s.contractId().equals(c.contractId())))
                .findFirst().orElseThrow();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1000, 640);
        context = PartContexts.create(shell, Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE,
                ClientTags.ITEM, contract.contractId() + "|" + contract.hsaId()));
        ContextInjectionFactory.make(ContractEditorPart.class, context);
        shell.open();
        Waits.settle(display, Duration.ofMillis(300));
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
    }

    @Test
    void aSecondAdministratorsSaveIsRefusedInsteadOfOverwriting() throws Exception {
        assertEquals(contract.contractId(), Find.widget(shell, "contract.id", Text.class).getText());
        assertTrue(Find.widget(shell, "contract.supplementaries", Table.class).getItemCount() > 0);
        Text validTo = Find.widget(shell, "contract.validTo", Text.class);

        validTo.setText("1999-01-01");
        click("register.save");
        assertTrue(status().contains("slutar innan det börjar"), status());

        Contract theirs = new Contract(contract.contractId(), contract.careChoice(), contract.orgNr(),
                contract.hsaId(), contract.validFrom(), LocalDate.of(2030, 12, 31));
        masterData.updateContract(contract, theirs, DemoDatabase.otherAdministrator());
        validTo.setText("2029-06-30");
        click("register.save");
        assertTrue(status().contains("en annan administratör"), status());
        assertTrue(context.get(MPart.class).isDirty(), "the user's edit is kept");
        assertEquals(LocalDate.of(2030, 12, 31), stored().validTo(), "the other administrator's change stays");
        Waits.settle(display, Duration.ofMillis(300));
        Screens.save(shell, "contract-conflict");

        click("register.reload");
        assertEquals("2030-12-31", validTo.getText());
        validTo.setText("2029-06-30");
        click("register.save");
        assertEquals("Sparat.", status());
        assertFalse(context.get(MPart.class).isDirty());
        assertEquals(LocalDate.of(2029, 6, 30), stored().validTo());
    }

    private Contract stored() {
        return masterData.contracts(DemoDatabase.CARE_CHOICE).stream()
                .filter(c -> c.contractId().equals(contract.contractId()) && c.hsaId().equals(contract.hsaId()))
                .findFirst().orElseThrow();
    }

    private String status() {
        return Find.widget(shell, "register.status", Label.class).getText();
    }

    private void click(String key) {
        Find.widget(shell, key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
