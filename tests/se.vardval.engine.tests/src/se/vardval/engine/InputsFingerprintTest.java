package se.vardval.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.CodeNames;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;

/**
 * The inputs fingerprint of a run is the sum of the SHA-256 of each record's kind and canonical text; the canonical
 * texts are written out here by hand, so that a faster encoding can never change a stored run's fingerprint.
 */
class InputsFingerprintTest {

    private static final YearMonth FEBRUARY = YearMonth.of(2020, 2);
    private static final LocalDate DAY = LocalDate.of(2020, 2, 1);

    private final Person anna = new Person("194001011234", LocalDate.of(1940, 1, 1), Sex.F, "2380", "2380C0051",
            new BigDecimal("12.50"), Set.copyOf(EnumSet.of(CniFlag.OLD_ALONE, CniFlag.FOREIGN_BORN)));
    private final Person bertil = new Person("200512319876", LocalDate.of(2005, 12, 31), Sex.M, "2361", null, null,
            Set.of());
    private final List<ListedPerson> listed = List.of(
            new ListedPerson(new Listing("194001011234", "halsoval", "SE2321000065-E1", LocalDate.of(2019, 5, 1),
                    null, false), anna),
            new ListedPerson(new Listing("200512319876", "halsoval", "SE2321000065-E2", LocalDate.of(2020, 1, 2),
                    LocalDate.of(2020, 12, 31), true), bertil),
            new ListedPerson(new Listing("199901019999", "halsoval", "SE2321000065-Ö3", LocalDate.of(2018, 3, 4),
                    null, false), null));
    private final List<Activity> activities = List.of(
            new Activity("HV1", "halsoval", "194001011234", "SE2321000065-E1", LocalDate.of(2020, 2, 3),
                    ContactType.PHYSICAL, Profession.DOCTOR, "K0001-D1", new BigDecimal("250.00"), false,
                    Map.of("b", "2", "a", "1")),
            new Activity("HV2", "halsoval", "870101-T123", "SE2321000065-E2", LocalDate.of(2020, 2, 29),
                    ContactType.PHONE, Profession.NURSE, null, new BigDecimal("0.00"), true, Map.of()));

    @Test
    void isTheSumOfEachRecordsHashOfItsCanonicalText() throws Exception {
        String expected = sum(List.of(
                "parameters", "{\"rate\":2.5}",
                "period", "2020-02",
                "listed@2020-02-01", "194001011234;SE2321000065-E1;2019-05-01;null;false|194001011234;1940-01-01;F;"
                        + "2380;2380C0051;12.5;[FOREIGN_BORN, OLD_ALONE]",
                "listed@2020-02-01", "200512319876;SE2321000065-E2;2020-01-02;2020-12-31;true|200512319876;2005-12-31;"
                        + "M;2361;null;;[]",
                "listed@2020-02-01", "199901019999;SE2321000065-Ö3;2018-03-04;null;false|-",
                "activity", "HV1;194001011234;SE2321000065-E1;2020-02-03;PHYSICAL;DOCTOR;K0001-D1;250;false;{a=1, b=2}",
                "activity", "HV2;870101-T123;SE2321000065-E2;2020-02-29;PHONE;NURSE;null;0;true;{}",
                "person", "194001011234;1940-01-01;F;2380;2380C0051;12.5;[FOREIGN_BORN, OLD_ALONE]",
                "person", "-",
                "listed-groups@2020-02-01[]", "SE2321000065-E1;80;F;-1;true;3;[0,0,2,0,0,0,0]",
                "activity-groups@2020-02", "SE2321000065-E2;null;PHONE;NURSE;true;false;4;120.5"));
        assertEquals(expected, fingerprintOf(listed, activities));
    }

    @Test
    void doesNotDependOnTheOrderOfTheRecords() throws Exception {
        assertEquals(fingerprintOf(listed, activities), fingerprintOf(listed.reversed(), activities.reversed()));
    }

    @Test
    void changesWithAnyField() throws Exception {
        List<ListedPerson> moved = List.of(listed.get(0), listed.get(1), new ListedPerson(new Listing("199901019999",
                "halsoval", "SE2321000065-Ö3", LocalDate.of(2018, 3, 4), LocalDate.of(2020, 2, 1), false), null));
        assertNotEquals(fingerprintOf(listed, activities), fingerprintOf(moved, activities));
    }

    private String fingerprintOf(List<ListedPerson> listings, List<Activity> visits) throws Exception {
        FingerprintingRunInputs inputs = new FingerprintingRunInputs(inputs(listings, visits), () -> false,
                CodeNames.NONE);
        inputs.forEachListedOn(DAY, l -> {
        });
        inputs.forEachActivity(a -> {
        });
        inputs.forEachListedGroupOn(DAY, List.of(), g -> {
        });
        inputs.forEachActivityGroup(g -> {
        });
        inputs.person("194001011234");
        inputs.person("191212121212");
        return inputs.fingerprint();
    }

    private RunInputs inputs(List<ListedPerson> listings, List<Activity> visits) throws Exception {
        var parameters = new ObjectMapper().readTree("{\"rate\":2.5}");
        CareChoice careChoice = new CareChoice("halsoval", "Hälsoval", "halsoval");
        return (RunInputs) Proxy.newProxyInstance(RunInputs.class.getClassLoader(), new Class<?>[] { RunInputs.class },
                (proxy, method, args) -> switch (method.getName()) {
                    case "careChoice" -> careChoice;
                    case "period" -> FEBRUARY;
                    case "parameters" -> parameters;
                    case "forEachListedOn" -> forEach(listings, args[1]);
                    case "forEachActivity" -> forEach(visits, args[0]);
                    case "forEachListedGroupOn" -> forEach(List.of(new ListedGroup("SE2321000065-E1", 80, Sex.F, -1,
                            true, 3, new int[] { 0, 0, 2, 0, 0, 0, 0 })), args[2]);
                    case "forEachActivityGroup" -> forEach(List.of(new ActivityGroup("SE2321000065-E2", null,
                            ContactType.PHONE, Profession.NURSE, true, false, 4, new BigDecimal("120.50"))), args[0]);
                    case "person" -> Optional.ofNullable(args[0].equals(anna.personId()) ? anna : null);
                    default -> method.getReturnType() == List.class ? List.of() : null;
                });
    }

    @SuppressWarnings("unchecked")
    private static <T> Object forEach(List<T> records, Object sink) {
        records.forEach((Consumer<T>) sink);
        return null;
    }

    /** The fingerprint by its definition, from (kind, canonical text) pairs. */
    private static String sum(List<String> kindsAndTexts) throws NoSuchAlgorithmException {
        long[] sums = new long[4];
        for (int i = 0; i < kindsAndTexts.size(); i += 2) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(kindsAndTexts.get(i).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            ByteBuffer hash = ByteBuffer.wrap(sha.digest(kindsAndTexts.get(i + 1).getBytes(StandardCharsets.UTF_8)));
            for (int j = 0; j < sums.length; j++) {
                sums[j] += hash.getLong();
            }
        }
        ByteBuffer out = ByteBuffer.allocate(40);
        for (long s : sums) {
            out.putLong(s);
        }
        out.putLong(kindsAndTexts.size() / 2);
        return HexFormat.of().formatHex(out.array());
    }
}
