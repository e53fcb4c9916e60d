package se.vardval.fotvard.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.core.service.DemoData;

/**
 * The plugin's demo data written for a region of one cohort's persons (ten adults born in the 1940s and a child born
 * in 2010) and one health centre, its rows kept in memory, and a month of it calculated under the demo rulebook from
 * the units, persons, activities and {@code referrals.csv} it wrote, as the imported files are in a run.
 */
final class DemoCohort implements DemoData {

    private static final int ADULTS = 10;

    private final Path directory;
    private final List<DemoPerson> persons = new ArrayList<>();
    private final Map<String, List<List<Object>>> rows = new HashMap<>();
    private final JsonNode parameters = Fixtures.json(FotvardDemo.read(FotvardDemo.RULEBOOKS.getFirst()))
            .get("parameters");

    private DemoCohort(Path directory) {
        this.directory = directory;
        for (int i = 0; i < ADULTS; i++) {
            persons.add(person(Fixtures.pnr(1940 + i, 5, 10 + i, 100 + i)));
        }
        persons.add(person(Fixtures.pnr(2010, 6, 15, 200)));
    }

    /** The demo's foot care written into the directory for one cohort. */
    static DemoCohort written(Path directory) {
        DemoCohort cohort = new DemoCohort(directory);
        DemoFootCare.write(cohort, FotvardDemo.CARE_CHOICE);
        return cohort;
    }

    /** The month calculated from the rows written. */
    Calculation month(YearMonth period) {
        TestInputs inputs = new TestInputs(period, parameters);
        rows("units.csv").forEach(unit -> inputs.unit(unit.get(0).toString()));
        persons.forEach(person -> inputs.resident(person.personId()));
        rows("activities.csv").forEach(activity -> inputs.activity(activity(activity)));
        return Calculation.of(RunContext.of(inputs, this::fileReferrals));
    }

    private List<List<Object>> rows(String file) {
        return rows.getOrDefault(file, List.of());
    }

    private List<Referral> fileReferrals(LocalDate from, LocalDate to, int defaultValidMonths) {
        try {
            return FootCareRegion.read(directory.resolve(ReferralFile.FILE)).stream().map(r -> new Referral(
                    r.get("referral_id"), r.get("person_id"), LocalDate.parse(r.get("issued")),
                    Integer.parseInt(r.get("risk_group")), r.get("valid_months").isEmpty() ? defaultValidMonths
                            : Integer.parseInt(r.get("valid_months")), r.get("issuer_hsa_id"), ReferralFile.FILE))
                    .filter(r -> !r.issued().isBefore(from) && !r.issued().isAfter(to)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row of {@code activities.csv} in its column order as an activity. */
    private static Activity activity(List<Object> row) {
        List<String> f = row.stream().map(v -> v == null ? "" : v.toString()).toList();
        return new Activity(f.get(0), f.get(1), f.get(2), f.get(3), LocalDate.parse(f.get(4)),
                ContactType.valueOf(f.get(5)), Profession.valueOf(f.get(6)), f.get(7), new BigDecimal(f.get(8)),
                Boolean.parseBoolean(f.get(9)), codes(f.get(10)));
    }

    private static Map<String, String> codes(String text) {
        return Stream.of(text.split("\\|")).filter(pair -> !pair.isEmpty()).map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1]));
    }

    private static DemoPerson person(String personId) {
        PersonId id = PersonId.parse(personId);
        return new DemoPerson(id.value(), id.birthDate(), id.sex(), "2380", null);
    }

    @Override
    public RandomGenerator random() {
        return new SplittableRandom(2020);
    }

    @Override
    public List<YearMonth> months() {
        return Stream.iterate(YearMonth.of(2020, 1), m -> m.plusMonths(1)).limit(12).toList();
    }

    @Override
    public void forEachPerson(Consumer<DemoPerson> sink) {
        persons.forEach(sink);
    }

    @Override
    public List<DemoUnit> units() {
        return List.of(new DemoUnit(TestInputs.HEALTH_CENTRE, "Hälsocentralen", "2321000206", Ownership.REGION_RUN,
                "2380"));
    }

    @Override
    public RowAppender appender(String fileName) {
        List<List<Object>> file = rows.computeIfAbsent(fileName, f -> new ArrayList<>());
        return values -> file.add(Arrays.asList(values));
    }

    @Override
    public Path directory() {
        return directory;
    }
}
