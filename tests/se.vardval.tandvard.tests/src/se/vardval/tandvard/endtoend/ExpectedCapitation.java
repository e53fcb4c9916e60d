package se.vardval.tandvard.endtoend;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.PersonId;

/**
 * CAPITATION and RISK_POOL per clinic recomputed from the generated files and a rulebook's parameters by code of its
 * own (not the model's): the barntandvård listings valid on the first of the month, age in completed years, the
 * rulebook's age groups and care-need areas, kr per year / 12 summed per clinic and rounded once; the risk pool
 * withheld from private providers' clinics as percent of the rounded line.
 */
final class ExpectedCapitation {

    private final Map<String, BigDecimal> capitation = new TreeMap<>();
    private final Map<String, BigDecimal> riskPool = new TreeMap<>();
    private final Map<String, Integer> outside = new TreeMap<>();

    ExpectedCapitation(RegionFiles files, String careChoice, JsonNode parameters, YearMonth month)
            throws IOException {
        LocalDate day = month.atDay(1);
        Map<String, String[]> persons = new HashMap<>();
        for (Map<String, String> p : files.rows("persons.csv")) {
            PersonId id = PersonId.parse(p.get("person_id"));
            String birth = p.get("birth_date");
            persons.put(id.value(), new String[] { birth.isEmpty() ? id.birthDate().toString() : birth,
                    p.get("area_code") });
        }
        Set<String> contracted = contracted(files, careChoice, month);
        Map<String, BigDecimal> annual = new TreeMap<>();
        for (Map<String, String> l : files.rows("listings.csv")) {
            if (!l.get("care_choice").equals(careChoice) || !validOn(l, day)
                    || !contracted.contains(l.get("hsa_id"))) {
                continue;
            }
            String[] person = persons.get(PersonId.parse(l.get("person_id")).value());
            int age = Period.between(LocalDate.parse(person[0]), day).getYears();
            BigDecimal kr = krPerYear(parameters, age, person[1]);
            if (kr == null) {
                outside.merge(l.get("hsa_id"), 1, Integer::sum);
            } else {
                annual.merge(l.get("hsa_id"), kr, BigDecimal::add);
            }
        }
        Set<String> privateClinics = privateClinics(files);
        BigDecimal percent = parameters.path("riskPool").path("percent").decimalValue();
        annual.forEach((hsaId, kr) -> {
            BigDecimal line = kr.divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
            capitation.put(hsaId, line);
            if (privateClinics.contains(hsaId) && percent.signum() > 0) {
                riskPool.put(hsaId, line.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                        .negate());
            }
        });
    }

    private static BigDecimal krPerYear(JsonNode p, int age, String area) {
        if (age < p.get("minAge").asInt() || age > p.get("maxAge").asInt()) {
            return null;
        }
        JsonNode areas = p.path("careNeed").path("areas");
        int group = area != null && areas.has(area) ? areas.get(area).asInt() : p.path("careNeed").path(
                "defaultGroup").asInt();
        for (int i = 0; i < p.get("ageGroups").size(); i++) {
            JsonNode g = p.get("ageGroups").get(i);
            if (age >= g.get("fromAge").asInt() && age <= g.get("toAge").asInt()) {
                return p.get("capitation").get(i).get(group - 1).decimalValue();
            }
        }
        throw new IllegalStateException("no age group for " + age);
    }

    static boolean validOn(Map<String, String> row, LocalDate day) {
        String to = row.get("valid_to");
        return !LocalDate.parse(row.get("valid_from")).isAfter(day) && (to == null || to.isEmpty()
                || !LocalDate.parse(to).isBefore(day));
    }

    static Set<String> contracted(RegionFiles files, String careChoice, YearMonth month) throws IOException {
        Set<String> units = new HashSet<>();
        for (Map<String, String> c : files.rows("contracts.csv")) {
            String to = c.get("valid_to");
            if (c.get("care_choice").equals(careChoice)
                    && !LocalDate.parse(c.get("valid_from")).isAfter(month.atEndOfMonth())
                    && (to == null || to.isEmpty() || !LocalDate.parse(to).isBefore(month.atDay(1)))) {
                units.add(c.get("hsa_id"));
            }
        }
        return units;
    }

    static Set<String> privateClinics(RegionFiles files) throws IOException {
        Set<String> privateProviders = new HashSet<>();
        files.rows("providers.csv").stream().filter(p -> p.get("ownership").equals("PRIVATE"))
                .forEach(p -> privateProviders.add(p.get("org_nr").replace("-", "")));
        Set<String> clinics = new HashSet<>();
        files.rows("units.csv").stream().filter(u -> privateProviders.contains(u.get("org_nr").replace("-", "")))
                .forEach(u -> clinics.add(u.get("hsa_id")));
        return clinics;
    }

    /** CAPITATION per clinic. */
    Map<String, BigDecimal> capitation() {
        return capitation;
    }

    /** RISK_POOL per private clinic (negative). */
    Map<String, BigDecimal> riskPool() {
        return riskPool;
    }

    /** Listed children outside the age limits per clinic. */
    Map<String, Integer> outside() {
        return outside;
    }
}
