package se.vardval.tandvard.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.PersonId;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Personnummer, the test rulebook and result look-ups shared by the tests. */
final class Fixtures {

    static final TandvardModel MODEL = new TandvardModel();

    /**
     * The test rulebook: ages 3–19 in groups 3–6, 7–12, 13–19; kr per year by care-need group 1/2/3: 1200/1500/1800,
     * 1300/1600/1900, 1000/1100/1250; areas AREA2 → 2 and AREA3 → 3, default 1; risk pool 2.5 %, paid out in December
     * to private clinics; emergency fees AKUT1 650 kr and AKUT2 1299.99 kr.
     */
    static final String PARAMETERS = """
            {"listingDay": "FIRST_OF_MONTH", "minAge": 3, "maxAge": 19,
             "ageGroups": [{"fromAge": 3, "toAge": 6}, {"fromAge": 7, "toAge": 12}, {"fromAge": 13, "toAge": 19}],
             "capitation": [[1200, 1500, 1800], [1300, 1600, 1900], [1000, 1100, 1250]],
             "careNeed": {"defaultGroup": 1, "areas": {"AREA2": 2, "AREA3": 3}},
             "riskPool": {"percent": 2.5, "payoutMonth": 12, "payoutTo": "PRIVATE"},
             "emergencyFee": {"AKUT1": 650, "AKUT2": 1299.99}}
            """;

    private Fixtures() {
    }

    /** A valid personnummer born on the date; {@code serial} 0–999. */
    static String pnr(int year, int month, int day, int serial) {
        LocalDate birth = LocalDate.of(year, month, day);
        String nnn = String.format("%03d", serial);
        String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth());
        return String.format("%04d", birth.getYear()) + yymmdd.substring(2) + nnn + PersonId.checkDigit(yymmdd + nnn);
    }

    /** A fresh copy of the test rulebook's parameters. */
    static ObjectNode parameters() {
        return (ObjectNode) json(PARAMETERS);
    }

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    /** A demo rulebook document from the bundle. */
    static JsonNode demoRulebook(String entry) {
        return json(TandvardDemo.read(entry));
    }

    static ModelResult run(TestInputs inputs) {
        return MODEL.calculate(inputs);
    }

    /** The line of a unit and component, or null when there is none. */
    static PaymentLine line(ModelResult result, String hsaId, String component) {
        List<PaymentLine> lines = result.lines().stream()
                .filter(l -> l.hsaId().equals(hsaId) && l.component().equals(component)).toList();
        assertTrue(lines.size() <= 1, "one line per unit and component");
        return lines.isEmpty() ? null : lines.getFirst();
    }

    /** The amount of a unit's line, or null when there is none. */
    static BigDecimal amount(ModelResult result, String hsaId, String component) {
        PaymentLine line = line(result, hsaId, component);
        return line == null ? null : line.amount();
    }

    /** The warnings with the code. */
    static List<RunWarning> warnings(ModelResult result, String code) {
        return result.warnings().stream().filter(w -> w.code().equals(code)).toList();
    }

    static BigDecimal kr(String value) {
        return new BigDecimal(value);
    }
}
