package se.vardval.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.Ages;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Listing;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.DemoData;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.CodeForm;
import se.vardval.core.store.CodeForms;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.demo.GeneratedRegion;

/**
 * A plugin's demo contribution adds rows to the generated files before they are imported, and those rows go through
 * the import like every other: here foot-care listings of everyone aged 80 or more, at the first Hälsoval unit, and
 * a treatment for each.
 */
class PluginDemoDataTest {

    private static final int PERSONS = 1_500;
    private static final LocalDate NEW_YEAR = LocalDate.of(2020, 1, 1);

    @TempDir
    Path directory;

    /** The code keys of foot care, standing in for its plugin's declaration. */
    private static final ActivityCodeKeys FOOT_CARE_CODES = new ActivityCodeKeys() {
        @Override
        public String modelType() {
            return "fotvard";
        }

        @Override
        public Map<String, CodeForm> keys() {
            return Map.of("referral", CodeForms.text(), "risk", CodeForms.wholeNumber(1, 4));
        }
    };

    private GeneratedRegion imported;
    private final List<DemoData.DemoPerson> seen = new ArrayList<>();

    /** Lists the old at the first unit in vårdval "fotvard" and gives each a treatment on a random day of January. */
    private final class FootCareDemo implements DemoContribution {

        private final String careChoice;
        private DemoData data;

        FootCareDemo(String careChoice) {
            this.careChoice = careChoice;
        }

        @Override
        public List<CareChoice> careChoices() {
            return List.of(new CareChoice("fotvard", "Medicinsk fotvård", "fotvard"));
        }

        @Override
        public List<String> rulebooks() {
            return List.of();
        }

        @Override
        public void writeDemoData(DemoData region) {
            data = region;
            String unit = region.units().get(0).hsaId();
            DemoData.RowAppender listings = region.appender("listings.csv");
            DemoData.RowAppender activities = region.appender("activities.csv");
            region.forEachPerson(person -> {
                seen.add(person);
                if (Ages.completedYears(person.birthDate(), NEW_YEAR) >= 80) {
                    listings.row(person.personId(), careChoice, unit, NEW_YEAR, null, null);
                    activities.row("F-" + person.personId(), careChoice, person.personId(), unit,
                            NEW_YEAR.plusDays(region.random().nextInt(31)), "PHYSICAL", "PODIATRIST", null,
                            new BigDecimal("100"), null, "referral=R1|risk=2");
                }
            });
        }
    }

    private DemoRegionLoader loader(DemoContribution contribution) {
        DemoRegionLoader loader = new DemoRegionLoader(imports(), proxy(MasterDataStore.class),
                proxy(RulebookService.class), proxy(RegionStore.class));
        loader.addContribution(contribution);
        return loader;
    }

    @Test
    void aContributionsRowsAreImportedWithTheGeneratedOnes() {
        FootCareDemo demo = new FootCareDemo("fotvard");
        loader(demo).load(directory, PERSONS, 7, "demo", message -> { });

        assertEquals(PERSONS, seen.size(), "every generated person, read back");
        List<String> old = seen.stream().filter(p -> Ages.completedYears(p.birthDate(), NEW_YEAR) >= 80)
                .map(DemoData.DemoPerson::personId).toList();
        assertTrue(old.size() > 30, old.size() + " persons of 80 or more");
        String unit = demo.data.units().get(0).hsaId();
        List<Listing> footCare = imported.listings.stream().filter(l -> l.careChoice().equals("fotvard")).toList();
        assertEquals(old.stream().sorted().toList(), footCare.stream().map(Listing::personId).sorted().toList(),
                "in any order: a listing whose person and vårdval an earlier row may have had is passed on last");
        assertTrue(footCare.stream().allMatch(l -> l.hsaId().equals(unit) && l.validFrom().equals(NEW_YEAR)));
        List<Activity> treatments = imported.activities.stream().filter(a -> a.careChoice().equals("fotvard"))
                .toList();
        assertEquals(old.size(), treatments.size());
        assertEquals(Map.of("referral", "R1", "risk", "2"), treatments.get(0).codes());
        assertTrue(treatments.stream().allMatch(a -> YearMonth.from(a.date()).equals(YearMonth.of(2020, 1))));
        assertEquals(27, demo.data.units().size());
        assertEquals(Set.copyOf(imported.listings.stream().filter(l -> l.careChoice().equals("halsoval"))
                .map(Listing::hsaId).toList()), Set.copyOf(demo.data.units().stream().map(DemoData.DemoUnit::hsaId)
                        .toList()), "the units are those the persons are listed at in Hälsoval");
        assertEquals(YearMonth.of(2020, 1), demo.data.months().get(0));
        assertEquals(12, demo.data.months().size());
    }

    @Test
    void theSameSeedGivesTheContributionTheSameRows() throws IOException {
        loader(new FootCareDemo("fotvard")).load(directory.resolve("a"), PERSONS, 7, "demo", message -> { });
        loader(new FootCareDemo("fotvard")).load(directory.resolve("b"), PERSONS, 7, "demo", message -> { });
        assertEquals(Files.readString(directory.resolve("a/activities.csv")),
                Files.readString(directory.resolve("b/activities.csv")));
    }

    @Test
    void aBadRowOfAContributionRejectsItsFileWithTheLine() throws IOException {
        UserError error = assertThrows(UserError.class,
                () -> loader(new FootCareDemo("tandvard")).load(directory, PERSONS, 7, "demo", message -> { }));
        List<String> lines = Files.readAllLines(directory.resolve("listings.csv"));
        int firstAdded = IntStream.range(0, lines.size()).filter(i -> lines.get(i).contains(";tandvard;"))
                .findFirst().orElseThrow() + 1;
        assertTrue(lines.subList(1, firstAdded - 1).stream().allMatch(l -> l.contains(";halsoval;")));
        assertTrue(error.getMessage().startsWith("demofilen listings.csv avvisades: listings.csv:"
                + firstAdded + ": care_choice: "), error.getMessage());
    }

    private ImportService imports() {
        return new ImportService() {
            @Override
            public List<String> fileNames() {
                throw new UnsupportedOperationException("the loader imports directories");
            }

            @Override
            public Plan plan(Path path) {
                throw new UnsupportedOperationException("the loader imports directories");
            }

            @Override
            public List<FileResult> importDirectory(Path dir, String user, Consumer<Progress> p) {
                try {
                    imported = new GeneratedRegion(dir, Set.of("fotvard"), List.of(FOOT_CARE_CODES));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return imported.results.stream().map(r -> new FileResult(r.file(), r.rows(), r.errors())).toList();
            }

            @Override
            public FileResult importFile(Path file, String user, Consumer<Progress> p) {
                throw new UnsupportedOperationException("the loader imports directories");
            }
        };
    }

    private static <T> T proxy(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type },
                (p, method, args) -> switch (method.getName()) {
                    case "saveCareChoice", "save" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                }));
    }
}
