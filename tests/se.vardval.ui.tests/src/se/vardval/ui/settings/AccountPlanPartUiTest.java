package se.vardval.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.ComponentAccounts;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/**
 * The finance accounts of Hälsoval on the demo database: the components it pays to choose from, a component it does
 * not pay refused, CNI booked on 4541 and saved (stored, audited), and a read-only user's save refused with the
 * service's reason.
 */
class AccountPlanPartUiTest {

    private PartShell view;

    @BeforeEach
    void open() throws Exception {
        view = PartShell.open("", DemoDatabase.CARE_CHOICE, 900, 600);
        DemoDatabase.service(ComponentAccountStore.class).save(ComponentAccounts.standard(DemoDatabase.CARE_CHOICE),
                DemoDatabase.ADMINISTRATOR);
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void anAdministratorBooksCniOnItsOwnAccount() throws Exception {
        build(DemoDatabase.ADMINISTRATOR);
        click("accounts.remove");
        assertFalse(view.context().get(MPart.class).isDirty(), "no component chosen, nothing to put back");
        Combo component = view.widget("accounts.component", Combo.class);
        List<String> choices = List.of(component.getItems());
        assertTrue(choices.contains("CNI – Vårdtyngd enligt CNI"), "code and name: " + choices);
        assertTrue(choices.contains("AGE_CAPITATION – Åldersviktad vårdpeng"), choices.toString());
        assertTrue(choices.contains("VAT_COMPENSATION – Momskompensation"), "paid by the model: " + choices);
        assertTrue(choices.contains("DEFICIT_COMPENSATION – Underskottskompensation"), "a decided payment: " + choices);
        assertEquals("4540", view.widget("accounts.default", Text.class).getText());
        component.select(choices.indexOf("CNI – Vårdtyngd enligt CNI"));
        view.widget("accounts.account", Text.class).setText("4541");
        click("accounts.set");
        component.setText("PENALTY");
        view.widget("accounts.account", Text.class).setText("36ab");
        click("accounts.set");
        assertEquals("PENALTY: '36ab' är inte ett konto med fyra siffror", status(), "refused at once, not on save");
        assertEquals(1, view.widget("accounts.table", Table.class).getItemCount());
        component.setText("PENALTIES");
        view.widget("accounts.account", Text.class).setText("3690");
        click("accounts.set");
        assertTrue(status().startsWith("ersättningsdelen PENALTIES betalas inte i vårdvalet halsoval; dess "
                + "ersättningsdelar är AGE_CAPITATION, CNI, COST_DRUGS,"), status());
        assertTrue(status().endsWith(" och COST_<kod>, SUPPLEMENTARY_<kod>, TARGET_<kod>"), status());
        assertEquals(1, view.widget("accounts.table", Table.class).getItemCount(), "a typo is not booked");
        view.save("accounts-not-paid");
        component.setText("PENALTY");
        view.widget("accounts.account", Text.class).setText("3690");
        click("accounts.set");
        Table table = view.widget("accounts.table", Table.class);
        assertEquals(2, table.getItemCount());
        assertEquals("CNI", table.getItem(0).getText(0));
        assertEquals("4541", table.getItem(0).getText(1));
        assertEquals("Vårdtyngd enligt CNI", table.getItem(0).getText(2), "the component's name beside its code");
        table.select(0);
        table.notifyListeners(SWT.Selection, new Event());
        assertEquals("CNI – Vårdtyngd enligt CNI", component.getText(), "the selected row's component");
        click("accounts.save");
        assertEquals("Sparad.", status());

        ComponentAccounts stored = DemoDatabase.service(ComponentAccountStore.class).find(DemoDatabase.CARE_CHOICE);
        assertEquals(Map.of("CNI", "4541", "PENALTY", "3690"), stored.accounts());
        assertEquals("4541", stored.account("CNI"));
        assertEquals("4540", stored.account("AGE_CAPITATION"));
        AuditEntry audited = DemoDatabase.service(AuditLog.class).entries("account_plan", 1).getFirst();
        assertEquals(DemoDatabase.ADMINISTRATOR, audited.user());
        assertTrue(audited.after().contains("\"CNI\":\"4541\""), audited.after());
        view.save("accounts");
    }

    @Test
    void aReadOnlyUsersSaveIsRefused() throws Exception {
        DemoDatabase.readOnlyUser();
        build("olle");
        view.widget("accounts.component", Combo.class).setText("CNI");
        view.widget("accounts.account", Text.class).setText("4541");
        click("accounts.set");
        click("accounts.save");
        assertEquals("olle får inte ändra inställningarna i halsoval: det kräver rollen administratör för halsoval;"
                + " olle är läsbehörig", status());
        assertEquals(Map.of(), DemoDatabase.service(ComponentAccountStore.class).find(DemoDatabase.CARE_CHOICE)
                .accounts());
        assertEquals(1, view.widget("accounts.table", Table.class).getItemCount(), "the edit stays on screen");
        view.save("accounts-refused");
    }

    private void build(String user) {
        view.actAs(user);
        view.make(AccountPlanPart.class);
    }

    private String status() {
        return view.widget("accounts.status", Label.class).getText();
    }

    private void click(String key) {
        view.widget(key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
