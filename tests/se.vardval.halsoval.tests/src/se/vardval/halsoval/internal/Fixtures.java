package se.vardval.halsoval.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.PersonId;
import se.vardval.core.model.ModelResult;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Personnummer, parameters and result look-ups shared by the tests. */
final class Fixtures {

    static final HalsovalModel MODEL = new HalsovalModel();

    private Fixtures() {
    }

    /** A valid personnummer born on the date; {@code serial} 0–999, its last digit even for women. */
    static String pnr(LocalDate birth, int serial) {
        String nnn = String.format("%03d", serial);
        String yymmdd = String.format("%02d%02d%02d", birth.getYear() % 100, birth.getMonthValue(),
                birth.getDayOfMonth());
        return String.format("%04d", birth.getYear()) + yymmdd.substring(2) + nnn + PersonId.checkDigit(yymmdd + nnn);
    }

    static String pnr(int year, int month, int day, int serial) {
        return pnr(LocalDate.of(year, month, day), serial);
    }

    /** The model's default parameters: every rate zero, nothing switched on. */
    static ObjectNode defaults() {
        return MODEL.defaultParameters();
    }

    /** The object at a dot path such as {@code visits.otherListed}. */
    static ObjectNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String key : path.split("\\.")) {
            node = node.get(key);
        }
        return (ObjectNode) node;
    }

    /** Sets a number at a dot path, e.g. {@code set(p, "capitation.krPerPoint", "2453")}. */
    static ObjectNode set(ObjectNode root, String path, String number) {
        int dot = path.lastIndexOf('.');
        ObjectNode parent = dot < 0 ? root : at(root, path.substring(0, dot));
        parent.put(path.substring(dot + 1), new BigDecimal(number));
        return root;
    }

    static ObjectNode text(ObjectNode root, String path, String value) {
        int dot = path.lastIndexOf('.');
        (dot < 0 ? root : at(root, path.substring(0, dot))).put(path.substring(dot + 1), value);
        return root;
    }

    static ObjectNode bool(ObjectNode root, String path, boolean value) {
        int dot = path.lastIndexOf('.');
        (dot < 0 ? root : at(root, path.substring(0, dot))).put(path.substring(dot + 1), value);
        return root;
    }

    /** Gives every band of an age table the same weight, then the listed bands (by fromAge) their own. */
    static ObjectNode weights(ObjectNode root, String tablePath, String every, Object... fromAgeAndWeight) {
        ArrayNode table = (ArrayNode) at(root, tablePath.substring(0, tablePath.lastIndexOf('.')))
                .get(tablePath.substring(tablePath.lastIndexOf('.') + 1));
        for (JsonNode band : table) {
            ((ObjectNode) band).put("weight", new BigDecimal(every));
            for (int i = 0; i < fromAgeAndWeight.length; i += 2) {
                if (band.get("fromAge").asInt() == (Integer) fromAgeAndWeight[i]) {
                    ((ObjectNode) band).put("weight", new BigDecimal((String) fromAgeAndWeight[i + 1]));
                }
            }
        }
        return root;
    }

    /** A demo rulebook document from the bundle. */
    static JsonNode demoRulebook(String entry) throws Exception {
        return new ObjectMapper().readTree(HalsovalDemo.read(entry));
    }

    static ModelResult run(TestInputs inputs) {
        return MODEL.calculate(inputs);
    }

    /** The line of a unit and component, or null when there is none. */
    static PaymentLine line(ModelResult result, String hsaId, String component) {
        List<PaymentLine> lines = result.lines().stream()
                .filter(l -> l.hsaId().equals(hsaId) && l.component().equals(component)).toList();
        assertEquals(true, lines.size() <= 1, "one line per unit and component");
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
