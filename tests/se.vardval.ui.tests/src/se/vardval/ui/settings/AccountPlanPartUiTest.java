package se.vardval.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.AuditEntry;
import se.vardval.core.domain.ComponentAccounts;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.store.AuditLog;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Displays;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.PartContexts;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * The finance accounts of Hälsoval on the demo database: the components of its runs to choose from, CNI booked on
 * 4541 and saved (stored, audited), and a read-only user's save refused with the service's reason.
 */
class AccountPlanPartUiTest {

    private Display display;
    private Shell shell;
    private IEclipseContext context;

    @BeforeEach
    void open() throws Exception {
        display = Displays.require();
        DemoDatabase.ensure();
        DemoDatabase.service(ComponentAccountStore.class).save(ComponentAccounts.standard(DemoDatabase.CARE_CHOICE),
                DemoDatabase.ADMINISTRATOR);
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(900, 600);
    }

    @AfterEach
    void close() {
        context.dispose();
        shell.dispose();
    }

    @Test
    void anAdministratorBooksCniOnItsOwnAccount() throws Exception {
        build(DemoDatabase.ADMINISTRATOR);
        Combo component = Find.widget(shell, "accounts.component", Combo.class);
        assertTrue(java.util.List.of(component.getItems()).contains("CNI"), String.join(",", component.getItems()));
        assertEquals("4540", Find.widget(shell, "accounts.default", Text.class).getText());
        component.setText("CNI");
        Find.widget(shell, "accounts.account", Text.class).setText("4541");
        click("accounts.set");
        component.setText("PENALTY");
        Find.widget(shell, "accounts.account", Text.class).setText("3690");
        click("accounts.set");
        Table table = Find.widget(shell, "accounts.table", Table.class);
        assertEquals(2, table.getItemCount());
        assertEquals("CNI", table.getItem(0).getText(0));
        assertEquals("4541", table.getItem(0).getText(1));
        click("accounts.save");
        assertEquals("Sparad.", status());

        ComponentAccounts stored = DemoDatabase.service(ComponentAccountStore.class).find(DemoDatabase.CARE_CHOICE);
        assertEquals(Map.of("CNI", "4541", "PENALTY", "3690"), stored.accounts());
        assertEquals("4541", stored.account("CNI"));
        assertEquals("4540", stored.account("AGE_CAPITATION"));
        AuditEntry audited = DemoDatabase.service(AuditLog.class).entries("account_plan", 1).getFirst();
        assertEquals(DemoDatabase.ADMINISTRATOR, audited.user());
        assertTrue(audited.after().contains("\"CNI\":\"4541\""), audited.after());
        Waits.settle(display, Duration.ofMillis(400));
        Screens.save(shell, "accounts");
    }

    @Test
    void aReadOnlyUsersSaveIsRefused() throws Exception {
        UserDirectory users = DemoDatabase.service(UserDirectory.class);
        if (users.account("olle").isEmpty()) {
            users.add("olle", "olles lösenord".toCharArray(), new RoleGrant(Role.READ_ONLY, null),
                    DemoDatabase.ADMINISTRATOR);
        }
        build("olle");
        Find.widget(shell, "accounts.component", Combo.class).setText("CNI");
        Find.widget(shell, "accounts.account", Text.class).setText("4541");
        click("accounts.set");
        click("accounts.save");
        assertEquals("olle får inte ändra inställningarna i halsoval: olle är läsbehörig", status());
        assertEquals(Map.of(), DemoDatabase.service(ComponentAccountStore.class).find(DemoDatabase.CARE_CHOICE)
                .accounts());
        assertEquals(1, Find.widget(shell, "accounts.table", Table.class).getItemCount(), "the edit stays on screen");
        Waits.settle(display, Duration.ofMillis(400));
        Screens.save(shell, "accounts-refused");
    }

    private void build(String user) {
        context = PartContexts.create(shell, Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE));
        context.set(ActingUser.class, new ActingUser(user));
        ContextInjectionFactory.make(AccountPlanPart.class, context);
        shell.open();
        Waits.settle(display, Duration.ofMillis(300));
    }

    private String status() {
        return Find.widget(shell, "accounts.status", Label.class).getText();
    }

    private void click(String key) {
        Find.widget(shell, key, Button.class).notifyListeners(SWT.Selection, new Event());
    }
}
