package se.vardval.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.vardval.core.store.CodeForms.oneOf;
import static se.vardval.core.store.CodeForms.text;
import static se.vardval.core.store.CodeForms.wholeNumber;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.core.domain.Activity;
import se.vardval.core.store.ActivityCodeKeys;

/**
 * The codes of activities are read by the keys plugins declare: a declared key is accepted and its value checked and
 * normalised by its form, an undeclared one refused naming the declared keys, a key declared alike by two plugins is
 * one key and a key declared differently is refused naming each model's rule.
 */
class DeclaredCodeKeysTest {

    private static final String ACTIVITY = "A1;halsoval;19121212-1212;SE2321000206-E1;2020-02-03;PHYSICAL;DOCTOR;;0;"
            + "false;";
    private static final ActivityCodeKeys QUALITY = new StandInCodeKeys("kvalitet",
            Map.of("KVA", oneOf("LOW", "HIGH"), "score", wholeNumber(0, 10)));

    @Test
    void aDeclaredKeyIsAcceptedInItsNormalForm() {
        Fixture fixture = new Fixture(List.of(QUALITY));

        assertEquals(List.of(), Fixture.report(fixture.read(ImportFileType.ACTIVITIES,
                ACTIVITY + "kva=high|Score=07|x_note=Fri text")));
        assertEquals(Map.of("kva", "HIGH", "score", "7", "x_note", "Fri text"),
                ((Activity) fixture.received.get(0)).codes());
    }

    @Test
    void aMalformedValueOfADeclaredKeyIsRefusedWithItsRule() {
        assertEquals(List.of("activities.csv:2: codes: score måste vara 0..10: '11'"),
                refused(List.of(QUALITY), "score=11"));
        assertEquals(List.of("activities.csv:2: codes: kva måste vara LOW eller HIGH: 'MEDIUM'"),
                refused(List.of(QUALITY), "kva=MEDIUM"));
    }

    @Test
    void anUndeclaredKeyIsRefusedNamingTheDeclaredKeysSorted() {
        assertEquals(List.of("activities.csv:2: codes: okänd kod 'risk' (kända: kva, score; andra måste börja med"
                + " x_)"), refused(List.of(QUALITY), "risk=2"));
    }

    @Test
    void withoutDeclarationsOnlyKeysStartingWithXAreAccepted() {
        assertEquals(List.of("activities.csv:2: codes: okänd kod 'referral' (kända: inga; andra måste börja med"
                + " x_)"), refused(List.of(), "x_note=n|referral=R1"));
        assertEquals(List.of(), Fixture.report(new Fixture(List.of()).read(ImportFileType.ACTIVITIES,
                ACTIVITY + "x_note=n")));
    }

    @Test
    void aKeyTwoPluginsDeclareAlikeIsOneKey() {
        List<ActivityCodeKeys> alike = List.of(new StandInCodeKeys("a", Map.of("referral", text())),
                new StandInCodeKeys("b", Map.of("referral", text(), "risk", wholeNumber(1, 4))));

        assertEquals(List.of(), Fixture.report(new Fixture(alike).read(ImportFileType.ACTIVITIES,
                ACTIVITY + "referral=R1")));
        assertEquals(List.of("activities.csv:2: codes: okänd kod 'home' (kända: referral, risk; andra måste börja med"
                + " x_)"), refused(alike, "home=true"));
    }

    @Test
    void aKeyDeclaredDifferentlyIsRefusedNamingEachModelsRuleAndTheOthersAreRead() {
        List<ActivityCodeKeys> different = List.of(new StandInCodeKeys("a", Map.of("risk", wholeNumber(1, 4))),
                new StandInCodeKeys("b", Map.of("risk", wholeNumber(1, 5), "referral", text())));

        assertEquals(List.of("activities.csv:2: codes: koden 'risk' har olika form i de installerade modellerna"
                + " (a: måste vara 1..4; b: måste vara 1..5)"), refused(different, "referral=R1|risk=2"));
        assertEquals(List.of(), Fixture.report(new Fixture(different).read(ImportFileType.ACTIVITIES,
                ACTIVITY + "referral=R1")));
    }

    private static List<String> refused(List<ActivityCodeKeys> declarations, String codes) {
        Fixture fixture = new Fixture(declarations);
        List<String> report = Fixture.report(fixture.read(ImportFileType.ACTIVITIES, ACTIVITY + codes));
        assertEquals(List.of(), fixture.received);
        return report;
    }
}
