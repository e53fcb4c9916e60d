package se.vardval.ui.rulebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.rulebook.ParameterNode.Field;
import se.vardval.ui.rulebook.ParameterNode.Group;
import se.vardval.ui.rulebook.ParameterNode.Kind;
import se.vardval.ui.rulebook.ParameterNode.Table;
import se.vardval.ui.testing.DemoDatabase;

/** The editor's shape of the installed Hälsoval model, derived from its defaults, its rulebooks and its validation. */
class ParameterSchemaTest {

    private static ReimbursementModel model;
    private static List<JsonNode> examples;

    @BeforeAll
    static void halsoval() throws Exception {
        DemoDatabase.ensure();
        model = DemoDatabase.service(ModelCatalog.class).model("halsoval").orElseThrow();
        examples = new ArrayList<>();
        examples.add(model.defaultParameters());
        DemoDatabase.service(RulebookStore.class).list("halsoval").stream().map(Rulebook::parameters)
                .forEach(examples::add);
    }

    @Test
    void objectsAreGroupsArraysOfObjectsTablesAndValuesFields() {
        Group root = schema().describe(model.defaultParameters());

        Group capitation = assertInstanceOf(Group.class, child(root, "capitation"));
        assertEquals(Kind.NUMBER, assertInstanceOf(Field.class, child(capitation, "krPerPoint")).kind());
        assertEquals(Kind.BOOLEAN, assertInstanceOf(Field.class, child(capitation, "sexSpecific")).kind());
        Table ageWeights = assertInstanceOf(Table.class, child(capitation, "ageWeights"));
        assertEquals(List.of("fromAge", "toAge", "weight", "weightF", "weightM"),
                ageWeights.columns().stream().map(ParameterNode.Column::key).toList());
        assertEquals("capitation.ageWeights", ageWeights.path().toString());
        assertFalse(ageWeights.positional(), "an array of objects has a column per key");
    }

    @Test
    void enumeratedValuesOfferWhatTheModelAccepts() {
        Field listingDay = assertInstanceOf(Field.class, child(schema().describe(model.defaultParameters()),
                "listingDay"));

        assertEquals(Kind.CHOICE, listingDay.kind());
        assertEquals(List.of("FIRST_OF_MONTH", "LAST_OF_MONTH", "LAST_OF_PREVIOUS_MONTH"), listingDay.choices());
    }

    @Test
    void anEmptyTableOfTheDefaultsTakesItsColumnsFromOtherRulebooks() {
        Group sparsity = assertInstanceOf(Group.class, child(schema().describe(model.defaultParameters()),
                "sparsity"));

        Table bands = assertInstanceOf(Table.class, child(sparsity, "bands"));
        assertTrue(bands.columns().stream().anyMatch(c -> c.key().equals("krPerYear")), bands.toString());
    }

    @Test
    void anArrayOfArraysIsATableWithAColumnPerPosition() throws Exception {
        JsonNode parameters = new ObjectMapper().readTree("{\"capitation\": [[1100, 1350, 1700], [1500, 1850]]}");
        Group root = new ParameterSchema(List.of(), path -> List.of()).describe(parameters);

        Table capitation = assertInstanceOf(Table.class, child(root, "capitation"));
        assertTrue(capitation.positional());
        assertEquals(List.of("1", "2", "3"), capitation.columns().stream().map(ParameterNode.Column::key).toList());
        assertEquals(List.of(Kind.NUMBER, Kind.NUMBER, Kind.NUMBER),
                capitation.columns().stream().map(ParameterNode.Column::kind).toList());
    }

    private static ParameterSchema schema() {
        return new ParameterSchema(examples, new ChoiceProbe(model, examples));
    }

    private static ParameterNode child(Group group, String key) {
        return group.children().stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + group.path()));
    }
}
