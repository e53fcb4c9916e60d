package se.vardval.ui.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A chart's category label for the demo's component names: a name of up to 32 characters whole, a longer one cut
 * between words around an ellipsis, never longer than 32 characters.
 */
class ChartAxesTest {

    @Test
    void aNameOfThirtyTwoCharactersIsWhole() {
        assertEquals("Kostnadsansvar medicinsk fotvård", ChartAxes.label("Kostnadsansvar medicinsk fotvård"));
        assertEquals("Åldersviktad vårdpeng", ChartAxes.label("Åldersviktad vårdpeng"));
    }

    @Test
    void aLongNameKeepsWholeWordsAtItsBeginningAndEnd() {
        assertEquals("Målrelaterad…inom 3 dagar (3:an)",
                ChartAxes.label("Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)"));
        assertEquals("Målrelaterad…samma dag (0:an)",
                ChartAxes.label("Målrelaterad ersättning Kontakt samma dag (0:an)"));
        assertEquals("Kostnadsansvar…tjänster", ChartAxes.label("Kostnadsansvar kommunala tjänster"));
        assertEquals("Avdrag för listades…annan enhet", ChartAxes.label("Avdrag för listades besök vid annan enhet"));
        assertEquals("Tilläggsuppdrag…för asylsökande",
                ChartAxes.label("Tilläggsuppdrag Hälso- och sjukvård för asylsökande"));
    }

    @Test
    void aLastWordTooLongBesideTheFirstKeepsTheFirstWordsBeginning() {
        assertEquals("Kostnadsansv…laboratorieanalyser", ChartAxes.label("Kostnadsansvar laboratorieanalyser"));
        assertEquals("Målrelater…Telefontillgänglighet",
                ChartAxes.label("Målrelaterad ersättning Telefontillgänglighet"));
        assertEquals("Målrelat…Antibiotikaförskrivning",
                ChartAxes.label("Målrelaterad ersättning Antibiotikaförskrivning"));
    }

    @Test
    void aSingleLongWordKeepsItsFirstAndLastCharacters() {
        assertEquals("Laboratorieanalysko…rsfördelning",
                ChartAxes.label("Laboratorieanalyskostnadsansvarsfördelning"));
        assertEquals("Tilläggsuppdrag Läk…ngsavräkning",
                ChartAxes.label("Tilläggsuppdrag Läkemedelsförmånsersättningsavräkning"), "a last word of 37");
    }

    @Test
    void noLabelIsLongerThanThirtyTwoCharacters() {
        for (String name : List.of("Målrelaterad ersättning Medicinsk bedömning inom 3 dagar (3:an)",
                "Kostnadsansvar laboratorieanalyser", "Avdrag för listades besök vid annan enhet",
                "Målrelaterad ersättning Nationell patientenkät", "Kommunalförbundet Hälsocentralen i Hammarstrand",
                "Laboratorieanalyskostnadsansvarsfördelning")) {
            String label = ChartAxes.label(name);
            assertTrue(label.length() <= 32 && label.contains("…"), label);
        }
    }
}
