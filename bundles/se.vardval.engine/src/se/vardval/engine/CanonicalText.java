package se.vardval.engine;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;

/** Writes input records as text that does not depend on collection implementations or number scale. */
final class CanonicalText {

    private CanonicalText() {
    }

    static String of(Listing l, Person p) {
        return join(l.personId(), l.hsaId(), l.validFrom(), l.validTo(), l.assigned()) + "|" + of(p);
    }

    static String of(Person p) {
        if (p == null) {
            return "-";
        }
        return join(p.personId(), p.birthDate(), p.sex(), p.municipality(), p.areaCode(), number(p.distanceKm()),
                sorted(p.cniFlags()));
    }

    static String of(Activity a) {
        return join(a.activityId(), a.personId(), a.hsaId(), a.date(), a.contactType(), a.profession(), a.clinician(),
                number(a.patientFee()), a.outOfCounty(), new TreeMap<>(a.codes()));
    }

    static String of(CniUnit c) {
        return join(c.hsaId(), c.period(), c.population(), new TreeMap<>(c.counts()), number(c.index()),
                number(c.cni()));
    }

    static String ofRecord(Object record) {
        return String.valueOf(record);
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String sorted(Collection<?> values) {
        return values == null ? "" : values.stream().map(String::valueOf).sorted().toList().toString();
    }

    private static String join(Object... parts) {
        StringJoiner joiner = new StringJoiner(";");
        for (Object part : parts) {
            joiner.add(part instanceof Map<?, ?> m ? m.toString() : String.valueOf(part));
        }
        return joiner.toString();
    }
}
