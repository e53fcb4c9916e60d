package se.vardval.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.Find;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Screens;
import se.vardval.ui.testing.Waits;

/**
 * The dialog that registers a new vårdval: the model of the unused model selected in the navigator is chosen; a
 * malformed id, a missing name and an id already registered keep it open with the reason; a good one registers the
 * vårdval with the chosen model. (The register is a recording stand-in, so the demo region keeps its vårdval.)
 */
class CareChoiceDialogUiTest {

    private final List<CareChoice> created = new ArrayList<>();

    @Test
    void registersAVardvalOfTheChosenModelAndRefusesWhatIsWrong() throws Exception {
        try (PartShell view = PartShell.open("", DemoDatabase.CARE_CHOICE, 600, 400)) {
            Messages messages = ContextInjectionFactory.make(Texts.class, view.context()).messages;
            ModelCatalog models = DemoDatabase.service(ModelCatalog.class);
            CareChoiceDialog dialog = new CareChoiceDialog(view.shell(), messages, register(), models.models(),
                    "specialist", DemoDatabase.ADMINISTRATOR);
            dialog.setBlockOnOpen(false);
            dialog.open();
            Combo model = Find.widget(dialog.getShell(), "careChoice.model", Combo.class);
            assertEquals("Specialistvård (LOV) (specialist)", model.getText());

            Find.widget(dialog.getShell(), "careChoice.id", Text.class).setText("Kirurgi Syd");
            dialog.okPressed();
            assertEquals("Id:t består av gemener, siffror, - och _ och börjar med en bokstav.", dialog.getMessage());

            Find.widget(dialog.getShell(), "careChoice.id", Text.class).setText("hud");
            dialog.okPressed();
            assertEquals("Namnet saknas.", dialog.getMessage());

            Find.widget(dialog.getShell(), "careChoice.name", Text.class).setText("Kirurgi i södra länet");
            dialog.okPressed();
            assertEquals("Vårdvalet hud finns redan.", dialog.getMessage());
            assertNull(dialog.created());

            Find.widget(dialog.getShell(), "careChoice.id", Text.class).setText("kirurgi-syd");
            Waits.settle(view.display(), Duration.ofMillis(500));
            Screens.save(dialog.getShell(), "register-new-care-choice");
            dialog.okPressed();
            assertEquals(List.of(new CareChoice("kirurgi-syd", "Kirurgi i södra länet", "specialist")), created);
            assertEquals(created.get(0), dialog.created());
        }
    }

    private MasterDataStore register() {
        return (MasterDataStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { MasterDataStore.class }, (proxy, method, args) -> {
                    CareChoice careChoice = (CareChoice) args[0];
                    if (!method.getName().equals("createCareChoice")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (careChoice.id().equals("hud")) {
                        throw new UserError("Vårdvalet hud finns redan.");
                    }
                    created.add(careChoice);
                    return null;
                });
    }

    /** The client's texts in Swedish, as the dialog's handler gets them. */
    public static class Texts {

        /** Injected. */
        @Inject
        @Translation
        public Messages messages;
    }
}
