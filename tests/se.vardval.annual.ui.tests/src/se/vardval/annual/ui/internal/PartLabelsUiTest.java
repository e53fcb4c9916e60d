package se.vardval.annual.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.junit.jupiter.api.Test;

import se.vardval.ui.testing.DemoDatabase;
import se.vardval.ui.testing.PartShell;

/** The year's views name their vårdval on their tabs by its name (Hälsoval), not by its id (halsoval). */
class PartLabelsUiTest {

    @Test
    void everyYearViewsTabNamesTheVardval() throws Exception {
        Map<Class<?>, String> labels = new LinkedHashMap<>();
        labels.put(RulebookYearsPart.class, "Förfrågningsunderlag per år: Hälsoval");
        labels.put(IndexationPart.class, "LPIK-indexering: Hälsoval");
        labels.put(CalibrationPart.class, "Budgetkalibrering: Hälsoval");
        labels.put(ScenarioPart.class, "Scenarier: Hälsoval");
        labels.put(DeficitPart.class, "Underskottskompensation: Hälsoval");
        for (Map.Entry<Class<?>, String> expected : labels.entrySet()) {
            try (PartShell view = PartShell.open("", DemoDatabase.CARE_CHOICE, 1280, 800)) {
                view.make(expected.getKey());
                assertEquals(expected.getValue(), view.context().get(MPart.class).getLabel());
            }
        }
    }
}
