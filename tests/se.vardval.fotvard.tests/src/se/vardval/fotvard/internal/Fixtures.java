package se.vardval.fotvard.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.domain.PersonId;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** Personnummer, the test rulebook and look-ups in a calculated month, shared by the tests. */
final class Fixtures {

    static final FotvardModel MODEL = new FotvardModel();

    /**
     * The test rulebook: fees 450, 520.50 and 610 kr for risk groups 2, 3 and 4, home visit 275 kr, quota 2, 4 and 6
     * treatments per referral year, referrals valid 12 months, the patient fee deducted, from age 18, the cost handed
     * over to {@code halsoval}.
     */
    static final String PARAMETERS = """
            {"fees": {"2": 450, "3": 520.50, "4": 610}, "homeVisitSupplement": 275,
             "maxTreatmentsPerYear": {"2": 2, "3": 4, "4": 6}, "referralValidMonths": 12,
             "deductPatientFee": true, "minAge": 18, "costHandOver": {"careChoice": "halsoval"}}
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

    /** The month calculated from the inputs. */
    static Calculation month(TestInputs inputs) {
        return Calculation.of(RunContext.of(inputs, null));
    }

    /** The line of a unit and component, or null when there is none. */
    static PaymentLine line(Calculation month, String hsaId, String component) {
        List<PaymentLine> lines = month.lines().stream()
                .filter(l -> l.hsaId().equals(hsaId) && l.component().equals(component)).toList();
        assertTrue(lines.size() <= 1, "one line per unit and component");
        return lines.isEmpty() ? null : lines.getFirst();
    }

    /** The rejection code of each rejected treatment, as {@code activity:CODE}, in order. */
    static List<String> rejections(Calculation month) {
        return month.rejected().stream().map(d -> d.treatment().activityId() + ":" + d.rejection()).toList();
    }

    /** The warnings with the code. */
    static List<RunWarning> warnings(Calculation month, String code) {
        return month.warnings().stream().filter(w -> w.code().equals(code)).toList();
    }

    static BigDecimal kr(String value) {
        return new BigDecimal(value);
    }
}
