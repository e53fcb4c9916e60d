package se.vardval.ui.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;
import se.vardval.ui.testing.Waits;

/**
 * A refusal longer than the run view is wide, in a narrow view: a user the database does not know calculates a month,
 * and the engine's refusal is shown whole, wrapped onto more lines below the controls.
 */
class RunRefusalUiTest {

    private static final String REFUSAL = "det finns ingen användare 'okänd' i den här databasen; en administratör"
            + " lägger till användare med 'vardval user add'";

    private PartShell view;

    @AfterEach
    void close() {
        if (view != null) {
            view.close();
        }
    }

    @Test
    void aLongRefusalIsWrappedInFullWithinTheView() throws Exception {
        view = PartShell.open("Utbetalning", DemoDatabase.CARE_CHOICE, 560, 600);
        view.actAs("okänd");
        view.make(PaymentRunPart.class);
        Label status = view.widget("run.status", Label.class);

        view.widget("run.period", Text.class).setText("2020-03");
        view.widget("run.calculate", Button.class).notifyListeners(SWT.Selection, new Event());
        Waits.until(view.display(), Duration.ofMinutes(1), "the refusal", () -> status.getText().equals(REFUSAL));
        view.save("run-refused");

        Point size = status.getSize();
        GC gc = new GC(status);
        int textWidth = gc.textExtent(REFUSAL).x;
        int lineHeight = gc.getFontMetrics().getHeight();
        gc.dispose();
        assertTrue(textWidth > size.x, "the refusal (" + textWidth + " px) is longer than the label is wide: " + size);
        assertTrue(status.getBounds().x + size.x <= status.getParent().getClientArea().width,
                "the label stays within the view: " + status.getBounds());
        assertTrue(size.y >= 2 * lineHeight, "the label wraps the refusal onto more lines: " + size);
        assertTrue(view.widget("run.calculate", Button.class).getEnabled(), "the view is ready for another month");
    }
}
