package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Sex;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;

class RunInputsDefaultsTest {

    private static final String LISTED = "194001010001";
    private static final String KNOWN = "195002020002";
    private static final String UNKNOWN = "196003030003";

    private static Activity visit(String careChoice, String person, LocalDate date) {
        return new Activity("V", careChoice, person, "E2", date, ContactType.PHYSICAL, Profession.DOCTOR, null,
                new BigDecimal("100"), false, Map.of());
    }

    @Test
    void anActivityIsInTheRunWhenItIsOfTheVardvalAndDatedInTheMonth() {
        Month inputs = new Month(List.of());

        assertTrue(inputs.inRun(visit("halsoval", LISTED, LocalDate.of(2021, 3, 1))));
        assertTrue(inputs.inRun(visit("halsoval", LISTED, LocalDate.of(2021, 3, 31))));
        assertFalse(inputs.inRun(visit("halsoval", LISTED, LocalDate.of(2021, 2, 28))));
        assertFalse(inputs.inRun(visit("halsoval", LISTED, LocalDate.of(2021, 4, 1))));
        assertFalse(inputs.inRun(visit("halsoval", LISTED, LocalDate.of(2020, 3, 15))), "March of another year");
        assertFalse(inputs.inRun(visit("tandvard", LISTED, LocalDate.of(2021, 3, 15))));
    }

    @Test
    void theDefaultGroupsOnlyTheActivitiesInTheRunByListingAndRegister() {
        Month inputs = new Month(List.of(visit("halsoval", LISTED, LocalDate.of(2021, 3, 2)),
                visit("halsoval", LISTED, LocalDate.of(2021, 3, 3)),
                visit("halsoval", KNOWN, LocalDate.of(2021, 3, 4)),
                visit("halsoval", UNKNOWN, LocalDate.of(2021, 3, 5)),
                visit("halsoval", LISTED, LocalDate.of(2021, 4, 1)),
                visit("tandvard", UNKNOWN, LocalDate.of(2021, 3, 5))));

        List<ActivityGroup> groups = new ArrayList<>();
        inputs.forEachActivityGroup(groups::add);

        assertEquals(List.of(
                new ActivityGroup("E2", null, ContactType.PHYSICAL, Profession.DOCTOR, false, false, 1,
                        new BigDecimal("100")),
                new ActivityGroup("E2", null, ContactType.PHYSICAL, Profession.DOCTOR, false, true, 1,
                        new BigDecimal("100")),
                new ActivityGroup("E2", "E1", ContactType.PHYSICAL, Profession.DOCTOR, false, false, 2,
                        new BigDecimal("200"))), groups);
    }

    @Test
    void theDefaultListsAUnitsPersonsFromTheDaysListedPersons() {
        Month inputs = new Month(List.of());

        List<String> atE1 = new ArrayList<>();
        inputs.forEachListedAtOn("E1", LocalDate.of(2021, 3, 1), listed -> atE1.add(listed.listing().personId()));
        List<String> atE2 = new ArrayList<>();
        inputs.forEachListedAtOn("E2", LocalDate.of(2021, 3, 1), listed -> atE2.add(listed.listing().personId()));

        assertEquals(List.of(LISTED), atE1);
        assertEquals(List.of(), atE2);
    }

    @Test
    void theDefaultHandsEachListingWithEveryDayItIsValidOn() {
        Month inputs = new Month(List.of());
        LocalDate first = LocalDate.of(2021, 3, 1);
        LocalDate last = LocalDate.of(2021, 3, 31);

        List<String> seen = new ArrayList<>();
        inputs.forEachListedOnDays(List.of(first, last),
                (day, listed) -> seen.add(listed.listing().personId() + "@" + day));

        assertEquals(List.of(LISTED + "@" + first, LISTED + "@" + last, KNOWN + "@" + first), seen);
    }

    @Test
    void theDefaultStreamsThePersonsActivitiesOfWhatTheMonthStreams() {
        Activity first = visit("halsoval", LISTED, LocalDate.of(2021, 3, 2));
        Activity second = visit("halsoval", LISTED, LocalDate.of(2021, 3, 9));
        Month inputs = new Month(List.of(first, visit("halsoval", KNOWN, LocalDate.of(2021, 3, 4)), second));

        List<Activity> listed = new ArrayList<>();
        inputs.forEachActivityOf(LISTED, listed::add);
        List<Activity> unknown = new ArrayList<>();
        inputs.forEachActivityOf(UNKNOWN, unknown::add);

        assertEquals(List.of(first, second), listed);
        assertEquals(List.of(), unknown);
    }

    @Test
    void byDefaultTheInputsCannotTellWhetherTheirListingsChanged() {
        assertEquals(Optional.empty(), new Month(List.of()).listingsVersion());
    }

    @Test
    void byDefaultTheInputsNameNoCodeSoThatACodeIsLabelledByItself() {
        CodeNames names = new Month(List.of()).codeNames();

        assertEquals(Optional.empty(), names.nameOf(CodeKind.INDICATOR, "CARE_GUARANTEE_3"));
        assertEquals("CARE_GUARANTEE_3", names.labelOf(CodeKind.INDICATOR, "CARE_GUARANTEE_3"));
    }

    /** March 2021 of vårdval halsoval: one person listed at E1, one unlisted person in the register. */
    private record Month(List<Activity> activities) implements RunInputs {

        @Override
        public CareChoice careChoice() {
            return new CareChoice("halsoval", "Hälsoval", "halsoval");
        }

        @Override
        public YearMonth period() {
            return YearMonth.of(2021, 3);
        }

        @Override
        public void forEachActivity(Consumer<Activity> sink) {
            activities.forEach(sink);
        }

        @Override
        public Optional<String> listedUnitOn(String personId, LocalDate day) {
            return personId.equals(LISTED) ? Optional.of("E1") : Optional.empty();
        }

        @Override
        public Optional<Person> person(String personId) {
            return personId.equals(UNKNOWN) ? Optional.empty()
                    : Optional.of(new Person(personId, LocalDate.of(1950, 2, 2), Sex.F, "2380", null, null, null));
        }

        @Override
        public JsonNode parameters() {
            return null;
        }

        @Override
        public List<Provider> providers() {
            return List.of();
        }

        @Override
        public List<Unit> units() {
            return List.of();
        }

        @Override
        public List<Contract> contracts() {
            return List.of();
        }

        @Override
        public List<Supplementary> supplementaries() {
            return List.of();
        }

        @Override
        public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
            sink.accept(new ListedPerson(new Listing(LISTED, "halsoval", "E1", LocalDate.of(2020, 1, 1), null, false),
                    person(LISTED).orElseThrow()));
        }

        /** LISTED at E1 from 2020 on, KNOWN at E2 until 15 March 2021, whatever the span. */
        @Override
        public void forEachListingBetween(LocalDate from, LocalDate to, Consumer<ListedPerson> sink) {
            sink.accept(new ListedPerson(new Listing(LISTED, "halsoval", "E1", LocalDate.of(2020, 1, 1), null, false),
                    person(LISTED).orElseThrow()));
            sink.accept(new ListedPerson(new Listing(KNOWN, "halsoval", "E2", LocalDate.of(2020, 1, 1),
                    LocalDate.of(2021, 3, 15), false), person(KNOWN).orElseThrow()));
        }

        @Override
        public Optional<String> listedUnitOn(String careChoice, String personId, LocalDate day) {
            return Optional.empty();
        }

        @Override
        public Optional<Listing> listingOn(String careChoice, String personId, LocalDate day) {
            return Optional.empty();
        }

        @Override
        public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        }

        @Override
        public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
            return List.of();
        }

        @Override
        public List<Cost> costs() {
            return List.of();
        }

        @Override
        public List<Indicator> indicators() {
            return List.of();
        }

        @Override
        public List<Penalty> penalties() {
            return List.of();
        }

        @Override
        public List<CniUnit> cniUnits() {
            return List.of();
        }
    }
}
