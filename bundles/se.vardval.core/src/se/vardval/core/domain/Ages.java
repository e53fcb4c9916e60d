package se.vardval.core.domain;

import java.time.LocalDate;
import java.time.Period;

/** Age arithmetic as the reimbursement rules define it. */
public final class Ages {

    private Ages() {
    }

    /**
     * Completed years on {@code day}: the birthday counts from that day on, and a 29 February birthday is reached
     * on 1 March in years that have no 29 February (which is how {@link Period#between} counts).
     */
    public static int completedYears(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
