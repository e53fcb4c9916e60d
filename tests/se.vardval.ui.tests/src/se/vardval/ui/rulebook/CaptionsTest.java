package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.service.ModelCatalog;
import se.vardval.ui.testing.DemoDatabase;

/**
 * The rulebook editor's captions come from the model's bundle in the client's language, else from the keys; a choice
 * without a caption stays as it is.
 */
class CaptionsTest {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    @Test
    void aSwedishClientReadsTheCaptionsTheModelBundleCarriesByPathThenByKey() throws Exception {
        Captions captions = Captions.of(model("halsoval"), SWEDISH);

        assertEquals("Kr per poäng och år", captions.of(path("capitation", "krPerPoint"), "krPerPoint"));
        assertEquals("Vikt kvinnor", captions.ofColumn(path("capitation", "ageWeights"), "weightF"));
        assertEquals("Besök av olistade", captions.of(path("visits", "unlisted"), "unlisted"));
        assertEquals("Läkare", captions.of(path("visits", "unlisted", "DOCTOR"), "DOCTOR"));
        assertEquals("Övriga kostnader", captions.of(path("costResponsibility", "OTHER"), "OTHER"), "path first");
        assertEquals("C15O", captions.of(path("drgWeights", "C15O"), "C15O"), "a code without caption stays");
    }

    @Test
    void aPathInsideAnArrayIsLookedUpWithoutItsPositions() throws Exception {
        Captions halsoval = Captions.of(model("halsoval"), SWEDISH);
        Captions specialist = Captions.of(model("specialist"), SWEDISH);

        assertEquals("Läkemedelsvikt", halsoval.of(new JsonPath(List.of("drugs", "ageWeights", 3, "weight")),
                "weight"));
        assertEquals("Vikt", halsoval.ofColumn(path("capitation", "ageWeights"), "weight"));
        assertEquals("Nybesök eller återbesök", specialist.ofColumn(path("visitPrices"), "visitKind"));
        assertEquals("Trimpunkt (dagar)", specialist.of(path("drgOutlier", "trimDays"), "trimDays"));
    }

    @Test
    void aChoiceReadsAsItsCaptionByPathAndValueElseAsItIs() throws Exception {
        Captions halsoval = Captions.of(model("halsoval"), SWEDISH);
        Captions specialist = Captions.of(model("specialist"), SWEDISH);

        assertEquals("Efter upptagningsområdets invånare", halsoval.ofChoice(path("sparsity", "mode"), "CATCHMENT"));
        assertEquals("Minst målvärdet", halsoval.ofColumnChoice(path("targets"), "comparison", "AT_LEAST"));
        assertEquals("Fysiskt besök", specialist.ofColumnChoice(path("visitPrices"), "contactType", "PHYSICAL"));
        assertEquals("Återbesök", specialist.ofColumnChoice(path("visitPrices"), "visitKind", "RETURN"));
        assertEquals("Höft", specialist.of(path("episodes", "HIP"), "HIP"), "an episode type's group");
        assertEquals("SOMETIMES", halsoval.ofChoice(path("sparsity", "mode"), "SOMETIMES"), "no caption: as it is");
        assertEquals("CATCHMENT", Captions.of(model("halsoval"), Locale.ENGLISH).ofChoice(path("sparsity", "mode"),
                "CATCHMENT"), "no captions in the language");
    }

    @Test
    void withoutCaptionsForTheLanguageTheKeyIsMadeReadable() throws Exception {
        Captions captions = Captions.of(model("halsoval"), Locale.ENGLISH);

        assertEquals("Kr per point", captions.of(path("capitation", "krPerPoint"), "krPerPoint"));
        assertEquals("Max per occasion", captions.of(path("penalties", "maxPerOccasion"), "maxPerOccasion"));
    }

    private static ReimbursementModel model(String type) throws InterruptedException {
        return DemoDatabase.service(ModelCatalog.class).model(type).orElseThrow();
    }

    private static JsonPath path(String... keys) {
        return new JsonPath(List.of((Object[]) keys));
    }
}
