package se.vardval.tandvard.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.cli.testing.CliRunner;
import se.vardval.core.model.RunWarning;
import se.vardval.core.security.Role;
import se.vardval.core.security.RoleGrant;
import se.vardval.core.security.UserDirectory;
import se.vardval.core.store.RunStore;
import se.vardval.tandvard.RiskPoolDistribution;

/**
 * Barntandvård on the command line on a generated demo region (init-demo writes the plugin's clinics, listings and
 * treatments): December 2024 and January 2025 against a computation of this test's own from the generated files,
 * across the age limit's fall from 23 to 19, then the year 2025 approved month by month and its December paying out
 * exactly the risk pool withheld, in proportion to the high-need treatments counted from the files.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TandvardEndToEndTest {

    private static final String CARE_CHOICE = "barntandvard";
    private static final String APPROVER = "tove";

    @TempDir
    static Path work;

    private CliRunner cli;
    private RegionFiles files;

    @BeforeAll
    void initDemo() throws Exception {
        cli = new CliRunner();
        UserDirectory users = CliRunner.service(UserDirectory.class);
        if (users.account(APPROVER).isEmpty()) {
            users.add(APPROVER, "tandvård-attest".toCharArray(), new RoleGrant(Role.APPROVER, CARE_CHOICE), "demo");
        }
        Path demo = work.resolve("demo");
        String loaded = cli.ok("init-demo", "--persons", "4000", "--seed", "6", "--files", demo.toString());
        assertTrue(loaded.contains("  förfrågningsunderlag barntandvard 2025 (beslutat)\n"), loaded);
        files = new RegionFiles(demo);
    }

    @Test
    @Order(1)
    void theMonthsAroundTheAgeLimitsFallAreWhatTheFilesAndRulebooksGive() throws Exception {
        ExpectedCapitation december = new ExpectedCapitation(files, CARE_CHOICE, parameters(2024),
                YearMonth.of(2024, 12));
        ExpectedCapitation january = new ExpectedCapitation(files, CARE_CHOICE, parameters(2025),
                YearMonth.of(2025, 1));
        assertTrue(december.capitation().size() > 5, "the demo's clinics have listed children");
        assertEquals(december.capitation(), paid(run("2024-12"), "CAPITATION"));
        assertEquals(december.riskPool(), paid(latest(), "RISK_POOL"));
        long januaryRun = run("2025-01");
        assertEquals(january.capitation(), paid(januaryRun, "CAPITATION"));
        assertEquals(january.riskPool(), paid(januaryRun, "RISK_POOL"));

        int outsideBefore = december.outside().values().stream().mapToInt(Integer::intValue).sum();
        int outsideAfter = january.outside().values().stream().mapToInt(Integer::intValue).sum();
        assertTrue(outsideAfter > outsideBefore + 10, "the 20–23-year-olds fall outside: " + outsideBefore + " → "
                + outsideAfter);
        Map<String, Integer> warned = new TreeMap<>();
        Pattern outside = Pattern.compile("Listade barn utanför åldersgränserna 3–19 den 2025-01-01: (\\d+); de ger"
                + " ingen kapitering\\.");
        warnings(januaryRun, "AGE_OUTSIDE_LIMITS").forEach(w -> {
            Matcher count = outside.matcher(w.message());
            assertTrue(count.matches(), w.message());
            warned.put(w.hsaId(), Integer.parseInt(count.group(1)));
        });
        assertEquals(january.outside(), warned, "every clinic's children outside the limits are reported");
    }

    @Test
    @Order(2)
    void theDecemberRunPaysOutExactlyTheYearsPoolByHighNeedTreatments() throws Exception {
        BigDecimal pool = BigDecimal.ZERO;
        for (int month = 1; month <= 12; month++) {
            YearMonth period = YearMonth.of(2025, month);
            pool = pool.subtract(new ExpectedCapitation(files, CARE_CHOICE, parameters(2025), period).riskPool()
                    .values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
            if (month < 12) {
                cli.ok("--user", APPROVER, "approve", Long.toString(run(period.toString())));
            }
        }
        long december = run("2025-12");
        Map<String, BigDecimal> payouts = paid(december, "RISK_POOL_PAYOUT");
        assertEquals(pool, payouts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), "to the öre");

        Map<String, Long> treatments = highNeedAtPrivateClinics(2025);
        assertTrue(!payouts.isEmpty(), "private clinics had high-need treatments");
        assertEquals(treatments.keySet(), payouts.keySet());
        long all = treatments.values().stream().mapToLong(Long::longValue).sum();
        BigDecimal ore = pool.movePointRight(2);
        for (Map.Entry<String, Long> clinic : treatments.entrySet()) {
            BigDecimal floor = ore.multiply(BigDecimal.valueOf(clinic.getValue()))
                    .divide(BigDecimal.valueOf(all), 0, RoundingMode.FLOOR).movePointLeft(2);
            BigDecimal paid = payouts.get(clinic.getKey());
            assertTrue(paid.compareTo(floor) == 0 || paid.compareTo(floor.add(new BigDecimal("0.01"))) == 0,
                    clinic + ": " + paid + " is not the exact share " + floor + " or one öre more");
        }
        assertEquals(List.of(), warnings(december, "RISK_POOL_MONTH_NOT_APPROVED"));
        String explained = cli.ok("explain", Long.toString(december), "--unit", treatments.keySet().iterator()
                .next(), "--component", "RISK_POOL_PAYOUT");
        assertTrue(explained.contains(") delas av de " + all + " behandlingarna vid stort vårdbehov"), explained);
        assertTrue(cli.ok("--user", APPROVER, "approve", Long.toString(december)).contains("attesterad av tove"));
    }

    /** The high-need treatments of the year per private provider's clinic, from activities.csv. */
    private Map<String, Long> highNeedAtPrivateClinics(int year) throws IOException {
        Set<String> privateClinics = ExpectedCapitation.privateClinics(files);
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, String> a : files.rows("activities.csv")) {
            if (a.get("care_choice").equals(CARE_CHOICE) && LocalDate.parse(a.get("date")).getYear() == year
                    && a.get("codes").contains(RiskPoolDistribution.HIGH_NEED_KEY + "=true")
                    && privateClinics.contains(a.get("hsa_id"))) {
                counts.merge(a.get("hsa_id"), 1L, Long::sum);
            }
        }
        return counts;
    }

    private long run(String month) {
        String out = cli.ok("run", CARE_CHOICE, month);
        return Long.parseLong(out.substring("körning ".length(), out.indexOf(' ', "körning ".length())));
    }

    private long latest() throws InterruptedException {
        return CliRunner.service(RunStore.class).latest().orElseThrow().id();
    }

    /** A component's amounts per clinic in the run's exported payment specification. */
    private Map<String, BigDecimal> paid(long runId, String component) throws IOException {
        Path csv = work.resolve("run-" + runId + ".csv");
        cli.ok("export", Long.toString(runId), "--format", "csv", "--out", csv.toString());
        Map<String, BigDecimal> amounts = new TreeMap<>();
        RegionFiles.read(csv).stream().filter(r -> r.get("component").equals(component))
                .forEach(r -> amounts.put(r.get("hsa_id"), new BigDecimal(r.get("amount"))));
        return amounts;
    }

    private static List<RunWarning> warnings(long runId, String code) throws InterruptedException {
        return CliRunner.service(RunStore.class).warnings(runId).stream().filter(w -> w.code().equals(code))
                .toList();
    }

    private static JsonNode parameters(int year) throws IOException {
        try (InputStream in = FrameworkUtil.getBundle(RiskPoolDistribution.class)
                .getEntry("rulebooks/barntandvard-" + year + ".json").openStream()) {
            return new ObjectMapper().readTree(in).get("parameters");
        }
    }
}
