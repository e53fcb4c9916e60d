package se.vardval.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.Test;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.followup.FollowUpPart;
import se.vardval.ui.rulebook.RulebookEditorPart;
import se.vardval.ui.run.PaymentRunPart;
import se.vardval.ui.settings.AccountPlanPart;
import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/** The client's parts name their vårdval on their tabs by its name (Hälsoval), not by its id (halsoval). */
class PartLabelsUiTest {

    @Test
    void thePaymentRunsTabNamesTheVardvalAndTheMonth() throws Exception {
        DemoDatabase.ensure();
        PaymentRun february = DemoDatabase.service(RunStore.class).list(DemoDatabase.CARE_CHOICE).stream()
                .filter(r -> r.period().equals(YearMonth.of(2020, 2))).findFirst().orElseThrow();
        assertEquals("Utbetalning Hälsoval februari 2020", label(PaymentRunPart.class, Map.of(ClientTags.CARE_CHOICE,
                DemoDatabase.CARE_CHOICE, ClientTags.ITEM, Long.toString(february.id()))));
    }

    @Test
    void theRulebooksTabNamesTheVardvalAndTheYear() throws Exception {
        assertEquals("Förfrågningsunderlag Hälsoval 2020", label(RulebookEditorPart.class,
                Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE, ClientTags.ITEM, "2020")));
    }

    @Test
    void theFollowUpAndAccountsTabsNameTheVardval() throws Exception {
        Map<String, String> halsoval = Map.of(ClientTags.CARE_CHOICE, DemoDatabase.CARE_CHOICE);
        assertEquals("Uppföljning Hälsoval", label(FollowUpPart.class, halsoval));
        assertEquals("Konton: Hälsoval", label(AccountPlanPart.class, halsoval));
    }

    private static String label(Class<?> part, Map<String, String> persistedState) throws Exception {
        try (PartShell view = PartShell.open("", persistedState, 1280, 860)) {
            view.make(part);
            return view.context().get(MPart.class).getLabel();
        }
    }
}
