package se.vardval.followup.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Profession;

/** Hand-made activities of the vårdval {@code halsoval} for the calculation tests. */
final class Visits {

    private static int next;

    private Visits() {
    }

    /** A physical visit. */
    static Activity visit(String person, String hsaId, String date, Profession profession, String clinician) {
        return of(person, hsaId, date, ContactType.PHYSICAL, profession, clinician);
    }

    /** A contact of the given type. */
    static Activity of(String person, String hsaId, String date, ContactType type, Profession profession,
            String clinician) {
        return new Activity("A" + ++next, "halsoval", person, hsaId, LocalDate.parse(date), type, profession,
                clinician, BigDecimal.ZERO, false, Map.of());
    }
}
