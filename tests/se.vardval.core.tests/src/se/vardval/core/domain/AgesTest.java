package se.vardval.core.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgesTest {

    @Test
    void birthdayOnTheDayCountsTheNewAge() {
        assertEquals(5, Ages.completedYears(LocalDate.of(2015, 3, 1), LocalDate.of(2020, 3, 1)));
        assertEquals(4, Ages.completedYears(LocalDate.of(2015, 3, 2), LocalDate.of(2020, 3, 1)));
    }

    @Test
    void leapDayBirthdayIsReachedOnFirstOfMarchInOtherYears() {
        LocalDate leapling = LocalDate.of(2016, 2, 29);
        assertEquals(4, Ages.completedYears(leapling, LocalDate.of(2021, 2, 28)));
        assertEquals(5, Ages.completedYears(leapling, LocalDate.of(2021, 3, 1)));
        assertEquals(4, Ages.completedYears(leapling, LocalDate.of(2020, 2, 29)));
    }
}
