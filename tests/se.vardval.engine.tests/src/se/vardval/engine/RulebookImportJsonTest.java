package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.UserError;

/** A rulebook document is stored over its year's draft only when the caller asks to replace it. */
class RulebookImportJsonTest {

    private InMemoryWorld world;
    private RulebookManager rulebooks;

    @BeforeEach
    void world() {
        world = new InMemoryWorld();
        world.rulebook(2021, RulebookStatus.DRAFT);
        rulebooks = new RulebookManager(world, world.masterData, world.rulebookStore, TestUsers.ACCESS);
    }

    @Test
    void aDraftIsReplacedOnlyWhenAskedAndANewYearIsStored() {
        String document = document(2021, 250);

        assertEquals("förfrågningsunderlaget för demo 2021 finns redan som utkast; ersätt det uttryckligen för att"
                + " importera ett nytt", assertThrows(UserError.class,
                        () -> rulebooks.importJson(document, false, "anna")).getMessage());
        assertEquals(100, krPerListed(2021), "the draft is kept");

        rulebooks.importJson(document, true, "anna");
        assertEquals(250, krPerListed(2021));

        rulebooks.importJson(document(2022, 300), false, "anna");
        assertEquals(300, krPerListed(2022));
    }

    private String document(int year, int krPerListed) {
        return rulebooks.toJson(new Rulebook("demo", "counting", year, RulebookStatus.DRAFT, null,
                JsonNodeFactory.instance.objectNode().put("krPerListed", krPerListed)));
    }

    private int krPerListed(int year) {
        return world.rulebookStore.find("demo", year).orElseThrow().parameters().path("krPerListed").intValue();
    }
}
