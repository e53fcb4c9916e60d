package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

import se.vardval.annual.RulebookYears;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.testing.DemoDatabase;

/** A read-only user's write is refused by the service, not by the view: the reason in red, nothing stored. */
class RefusalUiTest extends ViewHarness {

    private static final int DRAFT = 2033;

    @Test
    void aReadOnlyUserCannotIndexADraft() throws Exception {
        String readOnly = DemoDatabase.readOnlyUser();
        DemoDatabase.service(RulebookYears.class).draft(HALSOVAL, DRAFT, 2021, true, DemoDatabase.ADMINISTRATOR);
        actAs(readOnly);
        make(IndexationPart.class);
        choose("index.draft", DRAFT + " (utkast)");
        widget("index.lpik", Text.class).setText("2,3");
        click("index.apply");

        Label status = widget("index.status", Label.class);
        assertTrue(status.getText().contains(readOnly) && !status.getText().contains("Exception"), status.getText());
        assertEquals(display.getSystemColor(SWT.COLOR_RED), status.getForeground());
        Rulebook draft = DemoDatabase.service(RulebookStore.class).find(HALSOVAL, DRAFT).orElseThrow();
        assertEquals(2540, draft.parameters().path("capitation").path("krPerPoint").intValue(), "unchanged");
        save("annual-refused-read-only");
    }
}
