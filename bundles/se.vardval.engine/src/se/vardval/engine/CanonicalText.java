package se.vardval.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.PaymentLine;

/**
 * Writes input records as UTF-8 text that does not depend on collection implementations or number scale: fields
 * separated by {@code ;}, {@code null} for a missing value, numbers without trailing zeros. The big records (listed
 * persons, activities) are written into a reused byte buffer, with the texts of numbers and flag sets remembered,
 * because a run writes millions of them; an instance serves one thread.
 */
final class CanonicalText {

    private static final int REMEMBERED = 4_096;
    private static final CniFlag[] FLAGS = CniFlag.values();
    private static final byte[] NULL = ascii("null");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");

    private final Map<BigDecimal, byte[]> numbers = new HashMap<>();
    private final Map<Set<?>, byte[]> sortedValues = new HashMap<>();
    private byte[] bytes = new byte[256];
    private int length;

    /** The text of a listing and its person's record (or {@code -} without one); the buffer until the next call. */
    CanonicalText listed(Listing l, Person p) {
        length = 0;
        text(l.personId());
        separator();
        text(l.hsaId());
        separator();
        date(l.validFrom());
        separator();
        date(l.validTo());
        separator();
        raw(l.assigned() ? TRUE : FALSE);
        put((byte) '|');
        writePerson(p);
        return this;
    }

    /** The text of a person's record, {@code -} for none. */
    CanonicalText person(Person p) {
        length = 0;
        writePerson(p);
        return this;
    }

    /** The text of an activity. */
    CanonicalText activity(Activity a) {
        length = 0;
        text(a.activityId());
        separator();
        text(a.personId());
        separator();
        text(a.hsaId());
        separator();
        date(a.date());
        separator();
        text(String.valueOf(a.contactType()));
        separator();
        text(String.valueOf(a.profession()));
        separator();
        text(a.clinician());
        separator();
        number(a.patientFee());
        separator();
        raw(a.outOfCounty() ? TRUE : FALSE);
        separator();
        text(a.codes().isEmpty() ? "{}" : new TreeMap<>(a.codes()).toString());
        return this;
    }

    /** The written bytes; valid up to {@link #length()} until the next record is written. */
    byte[] bytes() {
        return bytes;
    }

    /** The number of written bytes. */
    int length() {
        return length;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    static String of(CniUnit c) {
        return join(c.hsaId(), c.period(), c.population(), new TreeMap<>(c.counts()), plain(c.index()),
                plain(c.cni()));
    }

    /** A group's text, appended field by field: a run adds over a hundred thousand of them. */
    static String of(ListedGroup g) {
        StringBuilder text = new StringBuilder(64).append(g.hsaId()).append(';').append(g.age()).append(';')
                .append(g.sex()).append(';').append(g.distanceBand()).append(';').append(g.hasRecord()).append(';')
                .append(g.listed()).append(";[");
        for (CniFlag flag : FLAGS) {
            text.append(flag.ordinal() == 0 ? "" : ",").append(g.withFlag(flag));
        }
        return text.append(']').toString();
    }

    static String of(ActivityGroup g) {
        return join(g.hsaId(), g.listedAt(), g.contactType(), g.profession(), g.outOfCounty(), g.unknownPerson(),
                g.activities(), plain(g.patientFees()));
    }

    static String of(ApprovedLine a) {
        PaymentLine l = a.line();
        return join(a.period(), l.hsaId(), l.component(), plain(l.basis()), plain(l.rate()), plain(l.amount()));
    }

    private static String join(Object... parts) {
        StringJoiner joiner = new StringJoiner(";");
        for (Object part : parts) {
            joiner.add(String.valueOf(part));
        }
        return joiner.toString();
    }

    static String ofRecord(Object record) {
        return String.valueOf(record);
    }

    private void writePerson(Person p) {
        if (p == null) {
            put((byte) '-');
            return;
        }
        text(p.personId());
        separator();
        date(p.birthDate());
        separator();
        text(String.valueOf(p.sex()));
        separator();
        text(p.municipality());
        separator();
        text(p.areaCode());
        separator();
        number(p.distanceKm());
        separator();
        sorted(p.cniFlags());
    }

    private void number(BigDecimal value) {
        if (value == null) {
            return;
        }
        byte[] text = numbers.get(value);
        if (text == null) {
            text = plain(value).getBytes(StandardCharsets.UTF_8);
            if (numbers.size() < REMEMBERED) {
                numbers.put(value, text);
            }
        }
        raw(text);
    }

    private void sorted(Set<?> values) {
        if (values == null) {
            return;
        }
        byte[] text = sortedValues.get(values);
        if (text == null) {
            text = values.stream().map(String::valueOf).sorted().toList().toString().getBytes(StandardCharsets.UTF_8);
            if (sortedValues.size() < REMEMBERED) {
                sortedValues.put(values, text);
            }
        }
        raw(text);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A date as {@link LocalDate#toString()} writes it. */
    private void date(LocalDate date) {
        if (date == null) {
            raw(NULL);
            return;
        }
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            text(date.toString());
            return;
        }
        ensure(10);
        digits(year, 4);
        put((byte) '-');
        digits(date.getMonthValue(), 2);
        put((byte) '-');
        digits(date.getDayOfMonth(), 2);
    }

    private void digits(int value, int count) {
        for (int i = count - 1; i >= 0; i--) {
            bytes[length + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += count;
    }

    /** Text as {@link String#valueOf(Object)} gives it, encoded as UTF-8. */
    private void text(String text) {
        if (text == null) {
            raw(NULL);
            return;
        }
        int start = length;
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                length = start;
                raw(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
            bytes[length++] = (byte) c;
        }
    }

    private void separator() {
        put((byte) ';');
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void raw(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, length, text.length);
        length += text.length;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
