package se.vardval.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The e4 workbench's own texts in a part stack's tab menu, in Swedish through the fragment
 * se.vardval.e4.renderers.nl_sv (the tests run in a Swedish locale); JFace's buttons are checked on the import
 * wizard.
 */
class PlatformTextsTest {

    private static final String RENDERERS = "org.eclipse.e4.ui.workbench.renderers.swt";

    @Test
    void aTabsMenuSpeaksSwedish() throws Exception {
        Class<?> messages = renderers().loadClass(
                "org.eclipse.e4.ui.internal.workbench.renderers.swt.SWTRenderersMessages");

        assertEquals("&Stäng", messages.getField("menuClose").get(null));
        assertEquals("Stäng &andra", messages.getField("menuCloseOthers").get(null));
        assertEquals("Stäng &alla", messages.getField("menuCloseAll").get(null));
        assertEquals("Vymeny", messages.getField("viewMenu").get(null));
    }

    private static Bundle renderers() {
        return Arrays.stream(FrameworkUtil.getBundle(PlatformTextsTest.class).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals(RENDERERS)).findFirst()
                .orElseThrow(() -> new AssertionError(RENDERERS + " is not installed"));
    }
}
