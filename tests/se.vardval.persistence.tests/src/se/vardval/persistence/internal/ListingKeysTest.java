package se.vardval.persistence.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Listing;
import se.vardval.core.service.UserError;
import se.vardval.persistence.internal.jdbc.ListingKeys;

/**
 * The listing table's one-number key: made of person, vårdval number and first day, sorting as they do, a person's
 * listings in a vårdval one range of it; every vårdval numbered when registered, at most 127; the listings of a
 * database from before the key get theirs when the schema is brought up to date. The database is the class's: the
 * test that fills it with vårdval comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ListingKeysTest extends BackendTest {

    private static final String ANNA = "194001010001";
    private static final String BERTIL = "194001010019";

    @ParameterizedTest
    @MethodSource("backends")
    void aKeyIsThePersonTheVardvalsNumberAndTheDaysSince1900(Backend backend) throws SQLException {
        registered(backend, "halsoval", "fotvard");
        DataSource ds = backend.dataSource();
        ListingKeys keys = new ListingKeys(ds);
        long halsoval = number(ds, "halsoval");
        long fotvard = number(ds, "fotvard");

        assertEquals(194001010001L * 8_388_608 + halsoval * 65_536, keys.of(listing(ANNA, "halsoval", "1900-01-01")));
        assertEquals(194001010001L * 8_388_608 + fotvard * 65_536 + 43_829,
                keys.of(listing(ANNA, "fotvard", "2020-01-01")), "43 829 days after 1900-01-01, not a leap year");
        assertEquals(999999999999L * 8_388_608 + fotvard * 65_536 + 65_535,
                keys.of(listing("999999999999", "fotvard", Listing.LATEST_START.toString())),
                "the highest person and the last day fit in a bigint (with vårdval 127: 8 388 607 999 999 999 999)");
    }

    @ParameterizedTest
    @MethodSource("backends")
    void keysSortAsPersonVardvalAndFirstDayAndAPersonsListingsInAVardvalAreOneRange(Backend backend)
            throws SQLException {
        registered(backend, "halsoval", "fotvard");
        DataSource ds = backend.dataSource();
        ListingKeys keys = new ListingKeys(ds);
        boolean halsovalFirst = number(ds, "halsoval") < number(ds, "fotvard");
        String first = halsovalFirst ? "halsoval" : "fotvard";
        String second = halsovalFirst ? "fotvard" : "halsoval";
        List<Listing> ordered = List.of(listing(ANNA, first, "1900-01-01"), listing(ANNA, first, "2079-06-06"),
                listing(ANNA, second, "1999-12-31"), listing(BERTIL, first, "1950-05-05"));
        for (int i = 1; i < ordered.size(); i++) {
            assertTrue(keys.of(ordered.get(i - 1)) < keys.of(ordered.get(i)), ordered.get(i).toString());
        }

        for (Listing l : ordered) {
            long key = keys.of(l);
            assertTrue(keys.lowest(l.personId(), l.careChoice()) <= key
                    && key <= keys.highest(l.personId(), l.careChoice()), l.toString());
        }
        assertTrue(keys.highest(ANNA, first) < keys.lowest(ANNA, second));
        assertTrue(keys.highest(ANNA, second) < keys.lowest(BERTIL, first));
        assertTrue(keys.lowest(ANNA, "tandvard") > keys.highest(ANNA, "tandvard"), "a vårdval not stored: no key");
        assertThrows(IllegalArgumentException.class, () -> keys.of(listing(ANNA, "tandvard", "2020-01-01")));
        assertThrows(IllegalArgumentException.class, () -> keys.of(listing(ANNA, "halsoval", "1899-12-31")));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void aVardvalRegisteredAfterTheKeysWereFirstReadIsFound(Backend backend) throws SQLException {
        registered(backend, "halsoval");
        ListingKeys keys = new ListingKeys(backend.dataSource());
        keys.of(listing(ANNA, "halsoval", "2020-01-01"));

        registered(backend, "specialist");

        assertEquals(194001010001L * 8_388_608 + number(backend.dataSource(), "specialist") * 65_536,
                keys.of(listing(ANNA, "specialist", "1900-01-01")));
    }

    @ParameterizedTest
    @MethodSource("backends")
    @Order(Integer.MAX_VALUE)
    void aDatabaseHoldsAtMost127VardvalAndARefusedOneChangesNothing(Backend backend) throws SQLException {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        int before = store.careChoices().size();
        for (int i = before + 1; i <= ListingKeys.MOST_CARE_CHOICES; i++) {
            store.createCareChoice(new CareChoice("vardval" + i, "Vårdval " + i, "halsoval"), "anna");
        }
        assertEquals(127, store.careChoices().size());

        UserError refused = assertThrows(UserError.class,
                () -> store.createCareChoice(new CareChoice("vardval128", "Vårdval 128", "halsoval"), "anna"));

        assertEquals("Databasen rymmer högst 127 vårdval.", refused.getMessage());
        assertEquals(127, store.careChoices().size());
        assertEquals(127, Sql.count(backend.dataSource(), "select max(key_number) from care_choice"));
    }

    @ParameterizedTest
    @MethodSource("backends")
    void listingsStoredBeforeTheKeyGetTheirKeysWhenTheSchemaIsBroughtUpToDate(Backend backend) throws SQLException {
        DataSource ds = backend.dataSource();
        registered(backend, "halsoval", "fotvard");
        asBeforeTheListingKey(ds);
        Sql.execute(ds, "insert into listing (person_id, care_choice, valid_from, hsa_id, valid_to, assigned) values"
                + " (194001010001, 'halsoval', date '2020-01-01', 'SE1-E1', null, false),"
                + " (194001010001, 'fotvard', date '1900-01-01', 'SE1-E2', date '2020-12-31', true),"
                + " (194001010019, 'halsoval', date '2079-06-06', 'SE1-E1', null, false)");

        SchemaMigration.update(ds, Database.CORE_CHANGELOG, Database.class.getClassLoader());

        ListingKeys keys = new ListingKeys(ds);
        List<Long> stored = Sql.longs(ds, "select listing_key from listing order by person_id, valid_from");
        assertEquals(List.of(keys.of(listing(ANNA, "fotvard", "1900-01-01")),
                keys.of(listing(ANNA, "halsoval", "2020-01-01")), keys.of(listing(BERTIL, "halsoval", "2079-06-06"))),
                stored);
        List<Long> numbers = Sql.longs(ds, "select key_number from care_choice order by id");
        assertEquals(LongStream.rangeClosed(1, numbers.size()).boxed().toList(), numbers,
                "numbered from 1 in the order of their ids");
    }

    /** Takes the listing key and the vårdval numbers away again, as a database the changeset has not reached. */
    private static void asBeforeTheListingKey(DataSource ds) throws SQLException {
        Sql.execute(ds, "delete from listing");
        Sql.execute(ds, "alter table listing drop constraint pk_listing");
        Sql.execute(ds, "alter table listing drop column listing_key");
        Sql.execute(ds, "alter table listing add constraint pk_listing"
                + " primary key (person_id, care_choice, valid_from)");
        Sql.execute(ds, "alter table care_choice drop constraint ck_care_choice_key_number");
        Sql.execute(ds, "alter table care_choice drop constraint uq_care_choice_key_number");
        Sql.execute(ds, "alter table care_choice drop column key_number");
        Sql.execute(ds, "delete from databasechangelog where id = '12-listing-key'");
    }

    private static void registered(Backend backend, String... careChoices) {
        JpaMasterDataStore store = new JpaMasterDataStore(backend.database(), backend.users());
        for (String id : careChoices) {
            if (store.careChoice(id).isEmpty()) {
                store.createCareChoice(new CareChoice(id, id, id), "anna");
            }
        }
    }

    private static Listing listing(String person, String careChoice, String validFrom) {
        return new Listing(person, careChoice, "SE1-E1", LocalDate.parse(validFrom), null, false);
    }



    private static long number(DataSource ds, String careChoice) throws SQLException {
        return Sql.count(ds, "select key_number from care_choice where id = '" + careChoice + "'");
    }

}
