package se.vardval.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An independent computation of the Hälsoval components the end-to-end rulebook switches on (age and drug
 * capitation, CNI from person flags, tilläggsuppdrag, vite, costs), straight from the generated CSV files and the
 * rulebook, written without the production code.
 */
final class ExpectedHalsovalLines {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final Map<String, BigDecimal> CNI_WEIGHTS = Map.of("UNDER5", new BigDecimal("3.23"), "FOREIGN_BORN",
            new BigDecimal("5.72"), "OLD_ALONE", new BigDecimal("6.15"), "SINGLE_PARENT", new BigDecimal("4.19"),
            "MOVED_IN", new BigDecimal("4.19"), "UNEMPLOYED", new BigDecimal("5.13"), "LOW_EDUCATION",
            new BigDecimal("3.97"));

    private final Path files;
    private final JsonNode parameters;
    private final YearMonth month;
    private final Map<String, BigDecimal> expected = new TreeMap<>();

    ExpectedHalsovalLines(Path files, JsonNode parameters, YearMonth month) {
        this.files = files;
        this.parameters = parameters;
        this.month = month;
    }

    /** Amount per "hsa_id component", only the non-zero lines, each rounded once half-up to öre. */
    Map<String, BigDecimal> rounded() throws IOException {
        capitationAndCni();
        supplementaries();
        penalties();
        costs();
        Map<String, BigDecimal> rounded = new TreeMap<>();
        expected.forEach((key, exact) -> rounded.put(key, exact.setScale(2, RoundingMode.HALF_UP)));
        rounded.values().removeIf(amount -> amount.signum() == 0);
        return rounded;
    }

    /** What the person's CNI flags bring their unit in the month: points / the region's reference × kr / 12, exact. */
    BigDecimal personCni(String personId) throws IOException {
        Map<String, Map<String, String>> persons = persons();
        BigDecimal allPoints = BigDecimal.ZERO;
        long allListed = 0;
        for (Map<String, String> listing : CsvTable.read(files.resolve("listings.csv"))) {
            if (listedOn(listing, month.atDay(1))) {
                allPoints = allPoints.add(cniPoints(persons.get(digits(listing.get("person_id")))));
                allListed++;
            }
        }
        BigDecimal reference = allPoints.divide(BigDecimal.valueOf(allListed), EXACT);
        return cniPoints(persons.get(digits(personId))).divide(reference, EXACT)
                .multiply(parameters.at("/cni/krPerIndexPoint").decimalValue()).divide(TWELVE, EXACT);
    }

    private Map<String, Map<String, String>> persons() throws IOException {
        Map<String, Map<String, String>> persons = new HashMap<>();
        for (Map<String, String> person : CsvTable.read(files.resolve("persons.csv"))) {
            persons.put(digits(person.get("person_id")), person);
        }
        return persons;
    }

    private void capitationAndCni() throws IOException {
        LocalDate day = month.atDay(1);
        Map<String, Map<String, String>> persons = persons();
        Map<String, BigDecimal> age = new HashMap<>();
        Map<String, BigDecimal> drugs = new HashMap<>();
        Map<String, BigDecimal> cniPoints = new HashMap<>();
        BigDecimal allPoints = BigDecimal.ZERO;
        long allListed = 0;
        for (Map<String, String> listing : CsvTable.read(files.resolve("listings.csv"))) {
            if (!listedOn(listing, day)) {
                continue;
            }
            String unit = listing.get("hsa_id");
            Map<String, String> person = persons.get(digits(listing.get("person_id")));
            int years = Period.between(birthDate(listing.get("person_id"), person), day).getYears();
            age.merge(unit, weight(parameters.at("/capitation/ageWeights"), years), BigDecimal::add);
            drugs.merge(unit, weight(parameters.at("/drugs/ageWeights"), years), BigDecimal::add);
            BigDecimal points = cniPoints(person);
            cniPoints.merge(unit, points, BigDecimal::add);
            allPoints = allPoints.add(points);
            allListed++;
        }
        BigDecimal perYearCapitation = parameters.at("/capitation/krPerPoint").decimalValue();
        BigDecimal perYearDrugs = parameters.at("/drugs/krPerPoint").decimalValue();
        BigDecimal perIndexPoint = parameters.at("/cni/krPerIndexPoint").decimalValue();
        BigDecimal reference = allPoints.divide(BigDecimal.valueOf(allListed), EXACT);
        age.forEach((unit, points) -> put(unit, "AGE_CAPITATION", points.multiply(perYearCapitation)
                .divide(TWELVE, EXACT)));
        drugs.forEach((unit, points) -> put(unit, "DRUG_CAPITATION", points.multiply(perYearDrugs)
                .divide(TWELVE, EXACT)));
        cniPoints.forEach((unit, points) -> put(unit, "CNI", points.divide(reference, EXACT).multiply(perIndexPoint)
                .divide(TWELVE, EXACT)));
    }

    private void supplementaries() throws IOException {
        LocalDate first = month.atDay(1);
        Map<String, List<String>> unitsOfContract = new HashMap<>();
        for (Map<String, String> contract : CsvTable.read(files.resolve("contracts.csv"))) {
            if (within(contract, first)) {
                unitsOfContract.computeIfAbsent(contract.get("contract_id"), k -> new ArrayList<>())
                        .add(contract.get("hsa_id"));
            }
        }
        for (Map<String, String> assignment : CsvTable.read(files.resolve("supplementary.csv"))) {
            if (within(assignment, first)) {
                BigDecimal monthly = decimal(assignment.get("annual_amount")).divide(TWELVE, EXACT);
                for (String unit : unitsOfContract.getOrDefault(assignment.get("contract_id"), List.of())) {
                    put(unit, "SUPPLEMENTARY_" + assignment.get("code"), monthly);
                }
            }
        }
    }

    private void penalties() throws IOException {
        BigDecimal perWeek = parameters.at("/penalties/krPerWeek").decimalValue();
        BigDecimal cap = parameters.at("/penalties/maxPerOccasion").decimalValue();
        for (Map<String, String> penalty : CsvTable.read(files.resolve("penalties.csv"))) {
            if (YearMonth.from(LocalDate.parse(penalty.get("decided"))).equals(month)) {
                put(penalty.get("hsa_id"), "PENALTY", decimal(penalty.get("weeks")).multiply(perWeek).min(cap).negate());
            }
        }
    }

    private void costs() throws IOException {
        Set<String> on = new HashSet<>();
        parameters.get("costResponsibility").fields().forEachRemaining(e -> {
            if (e.getValue().asBoolean()) {
                on.add(e.getKey());
            }
        });
        for (Map<String, String> cost : CsvTable.read(files.resolve("costs.csv"))) {
            if (cost.get("period").equals(month.toString()) && on.contains(cost.get("category"))) {
                put(cost.get("hsa_id"), "COST_" + cost.get("category"), decimal(cost.get("amount")).negate());
            }
        }
    }

    private void put(String unit, String component, BigDecimal exact) {
        expected.merge(unit + " " + component, exact, BigDecimal::add);
    }

    private static boolean listedOn(Map<String, String> listing, LocalDate day) {
        return listing.get("care_choice").equals("halsoval") && within(listing, day);
    }

    private static boolean within(Map<String, String> row, LocalDate day) {
        String to = row.get("valid_to");
        return !LocalDate.parse(row.get("valid_from")).isAfter(day)
                && (to == null || to.isEmpty() || !LocalDate.parse(to).isBefore(day));
    }

    private static LocalDate birthDate(String personId, Map<String, String> person) {
        if (person != null && !person.get("birth_date").isEmpty()) {
            return LocalDate.parse(person.get("birth_date"));
        }
        String d = digits(personId);
        int day = Integer.parseInt(d.substring(6, 8));
        return LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                day > 60 ? day - 60 : day);
    }

    private static BigDecimal weight(JsonNode bands, int years) {
        for (JsonNode band : bands) {
            boolean open = band.get("toAge") == null || band.get("toAge").isNull();
            if (years >= band.get("fromAge").asInt() && (open || years <= band.get("toAge").asInt())) {
                return band.get("weight").decimalValue();
            }
        }
        throw new IllegalStateException("no age band for " + years);
    }

    private static BigDecimal cniPoints(Map<String, String> person) {
        BigDecimal points = BigDecimal.ZERO;
        String flags = person == null ? "" : person.get("cni_flags");
        for (String flag : flags.split("\\|")) {
            if (!flag.isEmpty()) {
                points = points.add(CNI_WEIGHTS.get(flag));
            }
        }
        return points;
    }

    private static BigDecimal decimal(String text) {
        return new BigDecimal(text.replace(',', '.'));
    }

    private static String digits(String personId) {
        return personId.replace("-", "");
    }
}
