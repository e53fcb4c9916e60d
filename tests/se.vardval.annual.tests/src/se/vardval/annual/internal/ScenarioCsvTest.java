package se.vardval.annual.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.vardval.annual.ScenarioComparison;
import se.vardval.annual.ScenarioRow;

/** The scenario CSV: amounts, differences, a quoted unit name and each component's name in the last column. */
class ScenarioCsvTest {

    @Test
    void writesEveryRowWithItsComponentName() throws Exception {
        ScenarioComparison comparison = new ScenarioComparison("halsoval", YearMonth.of(2020, 3),
                List.of("2020", "halsoval-2021-majority"), List.of(
                        new ScenarioRow("SE1", "Hälsocentralen; Öst", "AGE_CAPITATION",
                                List.of(new BigDecimal("1000.00"), new BigDecimal("1100.00"))),
                        new ScenarioRow("SE1", "Hälsocentralen; Öst", ScenarioRow.TOTAL,
                                List.of(new BigDecimal("1000.00"), new BigDecimal("1100.00")))));
        Map<String, String> names = Map.of("AGE_CAPITATION", "Åldersviktad vårdpeng");
        StringWriter out = new StringWriter();

        ScenarioCsv.write(comparison, code -> names.getOrDefault(code, code), out);

        assertEquals("""
                care_choice;period;hsa_id;unit;component;kr_2020;kr_halsoval-2021-majority;\
                diff_kr_halsoval-2021-majority;diff_pct_halsoval-2021-majority;component_name
                halsoval;2020-03;SE1;"Hälsocentralen; Öst";AGE_CAPITATION;1000.00;1100.00;100.00;10.00;\
                Åldersviktad vårdpeng
                halsoval;2020-03;SE1;"Hälsocentralen; Öst";TOTAL;1000.00;1100.00;100.00;10.00;Summa
                """, out.toString());
    }
}
