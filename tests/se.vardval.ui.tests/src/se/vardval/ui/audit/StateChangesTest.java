package se.vardval.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What an audited change changed, field by field, and the audit log's names of types and events. */
class StateChangesTest {

    @Test
    void theFieldsThatDifferWithTheirValuesBeforeAndAfter() {
        assertEquals(List.of("name: Norrhälsan AB → Norrhälsan AB test"), StateChanges.between(
                "{\"orgNr\":\"5566778899\",\"name\":\"Norrhälsan AB\",\"ownership\":\"PRIVATE\"}",
                "{\"orgNr\":\"5566778899\",\"name\":\"Norrhälsan AB test\",\"ownership\":\"PRIVATE\"}"));
        assertEquals(List.of("parameters.capitation.krPerPoint: 2453.5 → 2600", "parameters.bands[1].kr: – → 300",
                "parameters.old: 1 → –"), StateChanges.between(
                        "{\"parameters\":{\"capitation\":{\"krPerPoint\":2453.5},\"bands\":[{\"kr\":0}],\"old\":1}}",
                        "{\"parameters\":{\"capitation\":{\"krPerPoint\":2600},\"bands\":[{\"kr\":0},{\"kr\":300}]}}"));
        assertEquals(List.of("orgNr: – → 5566778899"), StateChanges.between(null, "{\"orgNr\":\"5566778899\"}"));
    }

    @Test
    void aStateIsIndentedForReadingUnlessItIsNoJson() {
        assertEquals("{\n  \"name\" : \"Norrhälsan AB\"\n}", StateChanges.readable("{\"name\":\"Norrhälsan AB\"}")
                .replace("\r\n", "\n"));
        assertEquals("rows 12", StateChanges.readable("rows 12"));
        assertEquals("", StateChanges.readable(null));
    }

    @Test
    void typesAndEventsByTheirNamesAndBack() {
        AuditNames names = new AuditNames("provider=Vårdgivare;UPDATE=Ändrad");
        assertEquals("Vårdgivare", names.nameOf("provider"));
        assertEquals("Ändrad", names.nameOf("UPDATE"));
        assertEquals("tandvard-area", names.nameOf("tandvard-area"), "a type without a name is its code");
        assertEquals("provider", names.codeOf("Vårdgivare"));
        assertEquals("tandvard-area", names.codeOf("tandvard-area"));
    }
}
