package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Profession;
import se.vardval.core.domain.Sex;
import se.vardval.core.model.RunInputs;
import se.vardval.persistence.internal.jdbc.ActivityTable;
import se.vardval.persistence.internal.jdbc.BatchWriter;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.PersonTable;

/** Measures batched loading, streaming and listing look-ups at a volume a test run can afford; prints the times. */
class VolumeTest extends BackendTest {

    private static final int PERSONS = 60_000;
    private static final int ACTIVITIES = 30_000;
    private static final YearMonth MONTH = YearMonth.of(2025, 3);

    private static String personId(int i) {
        return String.format("19%010d", i);
    }

    @ParameterizedTest
    @MethodSource("backends")
    void bulkLoadStreamAndLookUp(Backend backend) throws Exception {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        Fixtures.register(store);
        DataSource ds = backend.dataSource();
        long start = System.nanoTime();
        try (Connection connection = ds.getConnection()) {
            connection.setAutoCommit(false);
            try (BatchWriter<Person> persons = new BatchWriter<>(connection, new PersonTable());
                    BatchWriter<Listing> listings = new BatchWriter<>(connection,
                            new ListingTable(new ListingKeys(ds)));
                    BatchWriter<Activity> activities = new BatchWriter<>(connection, new ActivityTable())) {
                for (int i = 0; i < PERSONS; i++) {
                    String unit = i % 2 == 0 ? Fixtures.UNIT_A : Fixtures.UNIT_B;
                    persons.add(new Person(personId(i), LocalDate.of(1950 + i % 70, 1, 1), i % 2 == 0 ? Sex.F : Sex.M,
                            "2380", null, BigDecimal.valueOf(i % 90), Set.of()), i);
                    listings.add(new Listing(personId(i), "halsoval", unit, LocalDate.of(2020, 1, 1), null, false), i);
                }
                for (int i = 0; i < ACTIVITIES; i++) {
                    activities.add(new Activity("A" + i, "halsoval", personId(i * 2 % PERSONS), Fixtures.UNIT_B,
                            MONTH.atDay(1 + i % 28), ContactType.PHYSICAL, Profession.NURSE, null, BigDecimal.ZERO,
                            false, Map.of()), i);
                }
                persons.finish();
                listings.finish();
                activities.finish();
            }
            connection.commit();
        }
        long loaded = System.nanoTime();
        RunInputs inputs = new JdbcRunDataSource(backend.database()).open(store.careChoice("halsoval").orElseThrow(),
                MONTH, JsonNodeFactory.instance.objectNode());
        AtomicLong listed = new AtomicLong();
        inputs.forEachListedOn(MONTH.atDay(1), p -> listed.incrementAndGet());
        long streamed = System.nanoTime();
        AtomicLong atHome = new AtomicLong();
        inputs.forEachActivity(a -> {
            if (inputs.listedUnitOn(a.personId(), a.date()).orElseThrow().equals(a.hsaId())) {
                atHome.incrementAndGet();
            }
        });
        long looked = System.nanoTime();

        assertEquals(PERSONS, listed.get());
        assertEquals(0, atHome.get(), "every visit is by a person listed at unit A");
        System.out.printf("%s: loaded %d persons, %d listings, %d activities in %d ms; streamed listings in %d ms;"
                + " %d activities with listedUnitOn in %d ms%n", backend, PERSONS, PERSONS, ACTIVITIES,
                (loaded - start) / 1_000_000, (streamed - loaded) / 1_000_000, ACTIVITIES,
                (looked - streamed) / 1_000_000);
    }
}
