package se.vardval.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.DecidedPayment;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ActivityGroup;
import se.vardval.core.model.ApprovedLine;
import se.vardval.core.model.DistanceBand;
import se.vardval.core.model.ListedGroup;
import se.vardval.core.model.ListedPerson;
import se.vardval.core.model.RunInputs;
import se.vardval.core.store.RunInputChanges;
import se.vardval.persistence.internal.jdbc.ActivityTable;
import se.vardval.persistence.internal.jdbc.CniUnitTable;
import se.vardval.persistence.internal.jdbc.CostTable;
import se.vardval.persistence.internal.jdbc.IndicatorTable;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.PenaltyTable;
import se.vardval.persistence.internal.jdbc.PersonTable;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * The stored data of one vårdval and month read by JDBC: small tables once and kept, listings and activities
 * streamed, listing look-ups answered one by one at first and from a {@link ListingIndex} once a vårdval has been
 * asked more than {@value #POINT_LOOK_UPS} times (a search or an explanation asks a few, a run thousands); each look-up
 * takes a connection from the data source's pool. Persons likewise: one by one at first, and after as many
 * look-ups the persons of the activities the run has read in one query.
 */
final class StoredRunInputs implements RunInputs {

    private static final String CONTRACTS_IN_PERIOD = "select contract_id, care_choice, org_nr, hsa_id, valid_from,"
            + " valid_to from contract where care_choice = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)";
    private static final String UNITS_IN_PERIOD = "select c.hsa_id from contract c where c.care_choice = ?"
            + " and c.valid_from <= ? and (c.valid_to is null or c.valid_to >= ?)";
    private static final int PERSON_CACHE_SIZE = 100_000;
    /** How many listing look-ups of one vårdval are answered by point queries before its index is built. */
    static final int POINT_LOOK_UPS = 64;

    private final DataSource dataSource;
    private final ListingKeys listingKeys;
    private final CareChoice careChoice;
    private final YearMonth period;
    private final JsonNode parameters;
    private final Map<String, List<?>> tables = new ConcurrentHashMap<>();
    private final Map<String, ListingIndex> listingIndexes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> lookUpCounts = new ConcurrentHashMap<>();
    private final Map<String, Optional<Person>> persons = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Optional<Person>> eldest) {
                    return size() > PERSON_CACHE_SIZE;
                }
            });

    private final AtomicInteger personLookUps = new AtomicInteger();
    private volatile boolean visitorsRead;
    private final AtomicReference<ActivityDays> activitiesRead;

    StoredRunInputs(DataSource dataSource, CareChoice careChoice, YearMonth period, JsonNode parameters) {
        this.dataSource = dataSource;
        this.listingKeys = new ListingKeys(dataSource);
        this.careChoice = careChoice;
        this.period = period;
        this.parameters = parameters;
        this.activitiesRead = new AtomicReference<>(new ActivityDays(period.atDay(1), period.atEndOfMonth()));
    }


    @Override
    public CareChoice careChoice() {
        return careChoice;
    }

    @Override
    public YearMonth period() {
        return period;
    }

    @Override
    public JsonNode parameters() {
        return parameters;
    }

    @Override
    public List<Provider> providers() {
        return cached("providers", () -> Streams.list(dataSource,
                "select org_nr, name, ownership from provider order by org_nr", s -> {
                }, rs -> new Provider(rs.getString(1), rs.getString(2), Ownership.valueOf(rs.getString(3)))));
    }

    @Override
    public List<Unit> units() {
        return cached("units", () -> Streams.list(dataSource, "select hsa_id, name, org_nr, municipality,"
                + " catchment_population from unit where hsa_id in (" + UNITS_IN_PERIOD + ") order by hsa_id",
                this::bindCareChoiceAndPeriod, rs -> new Unit(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), (Integer) rs.getObject(5, Integer.class))));
    }

    @Override
    public List<Contract> contracts() {
        return cached("contracts", () -> Streams.list(dataSource, CONTRACTS_IN_PERIOD + " order by contract_id, hsa_id",
                this::bindCareChoiceAndPeriod, rs -> new Contract(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"))));
    }

    @Override
    public List<Supplementary> supplementaries() {
        return cached("supplementaries", () -> Streams.list(dataSource, "select contract_id, code, name,"
                + " annual_amount, valid_from, valid_to from supplementary where contract_id in (select contract_id from ("
                + CONTRACTS_IN_PERIOD + ") c) and valid_from <= ? and (valid_to is null or valid_to >= ?)"
                + " order by contract_id, code, valid_from", statement -> {
                    bindCareChoiceAndPeriod(statement);
                    Jdbc.setDate(statement, 4, period.atEndOfMonth());
                    Jdbc.setDate(statement, 5, period.atDay(1));
                }, rs -> new Supplementary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        Jdbc.date(rs, "valid_from"), Jdbc.date(rs, "valid_to"))));
    }

    @Override
    public void forEachListedOn(LocalDate day, Consumer<ListedPerson> sink) {
        forEachListingBetween(day, day, sink);
    }

    @Override
    public void forEachListingBetween(LocalDate from, LocalDate to, Consumer<ListedPerson> sink) {
        forEachListing("", from, to, statement -> {
        }, sink);
    }

    @Override
    public void forEachListedAtOn(String hsaId, LocalDate day, Consumer<ListedPerson> sink) {
        forEachListing(" and l.hsa_id = ?", day, day, statement -> statement.setString(4, hsaId), sink);
    }

    /** The vårdval's listings valid on some day from {@code from} to {@code to} that also meet {@code condition}. */
    private void forEachListing(String condition, LocalDate from, LocalDate to, Streams.Binder conditionValues,
            Consumer<ListedPerson> sink) {
        PersonTable people = new PersonTable();
        Streams.forEach(dataSource, "select l.person_id, l.care_choice, l.valid_from, l.hsa_id, l.valid_to,"
                + " l.assigned, p.person_id, p.birth_date, p.sex, p.municipality, p.area_code, p.distance_km,"
                + " p.cni_flags from listing l left join person p on p.person_id = l.person_id"
                + " where l.care_choice = ? and l.valid_from <= ? and (l.valid_to is null or l.valid_to >= ?)"
                + condition,
                statement -> {
                    statement.setString(1, careChoice.id());
                    Jdbc.setDate(statement, 2, to);
                    Jdbc.setDate(statement, 3, from);
                    conditionValues.bind(statement);
                }, rs -> new ListedPerson(ListingTable.readFrom(rs, 1),
                        rs.getString(7) == null ? null : people.readFrom(rs, 7)),
                sink);
    }

    @Override
    public void forEachListedGroupOn(LocalDate day, List<DistanceBand> distanceBands, Consumer<ListedGroup> sink) {
        new ListedGroupQuery(dataSource, careChoice.id()).forEach(day, distanceBands, sink);
    }

    @Override
    public Optional<String> listedUnitOn(String personId, LocalDate day) {
        return listedUnitOn(careChoice.id(), personId, day);
    }

    @Override
    public Optional<String> listedUnitOn(String otherCareChoice, String personId, LocalDate day) {
        ListingIndex index = listingIndexes.get(otherCareChoice);
        if (index != null) {
            return index.listedUnitOn(personId, day);
        }
        if (lookUpCounts.computeIfAbsent(otherCareChoice, c -> new AtomicInteger()).incrementAndGet()
                <= POINT_LOOK_UPS) {
            return listingOn(otherCareChoice, personId, day).map(Listing::hsaId);
        }
        return listingIndexes.computeIfAbsent(otherCareChoice,
                c -> ListingIndex.build(dataSource, listingKeys, c, careChoice.id(), period))
                .listedUnitOn(personId, day);
    }

    @Override
    public Optional<Listing> listingOn(String otherCareChoice, String personId, LocalDate day) {
        return ListingIndex.listingOn(dataSource, listingKeys, otherCareChoice, personId, day);
    }

    @Override
    public void forEachActivity(Consumer<Activity> sink) {
        forEachActivityBetween(period.atDay(1), period.atEndOfMonth(), sink);
    }

    @Override
    public void forEachActivityGroup(Consumer<ActivityGroup> sink) {
        new ActivityGroupQuery(dataSource, careChoice.id()).forEach(period, sink);
    }

    @Override
    public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
        activitiesRead.updateAndGet(days -> days.widened(from, to));
        ActivityTable activities = new ActivityTable();
        Streams.forEach(dataSource, "select " + activities.columnList() + " from activity"
                + " where care_choice = ? and activity_date between ? and ?", statement -> {
                    statement.setString(1, careChoice.id());
                    Jdbc.setDate(statement, 2, from);
                    Jdbc.setDate(statement, 3, to);
                }, activities::read, sink);
    }

    @Override
    public void forEachActivityOf(String personId, Consumer<Activity> sink) {
        ActivityTable activities = new ActivityTable();
        Streams.list(dataSource, "select " + activities.columnList() + " from activity where person_id = ? and care_choice = ?"
                + " and activity_date between ? and ? order by activity_date, activity_id", statement -> {
                    Jdbc.setPersonSought(statement, 1, personId);
                    statement.setString(2, careChoice.id());
                    Jdbc.setDate(statement, 3, period.atDay(1));
                    Jdbc.setDate(statement, 4, period.atEndOfMonth());
                }, activities::read).forEach(sink);
    }

    /**
     * {@inheritDoc}
     * <p>
     * Listings and persons are written only by imports, each file in one transaction with its audit entry: the
     * number of imported files in the audit log and the newest one's id, which a file committed after another with a
     * lower id changes too.
     */
    @Override
    public Optional<String> listingsVersion() {
        return Streams.list(dataSource, "select count(*), max(id) from audit_log where entity = ?",
                statement -> statement.setString(1, RunInputChanges.IMPORTED_FILE),
                rs -> rs.getLong(1) + ":" + rs.getLong(2)).stream().findFirst();
    }

    @Override
    public List<ApprovedLine> approvedLines(YearMonth from, YearMonth to) {
        return ApprovedLines.read(dataSource, careChoice.id(), from, to);
    }

    @Override
    public Optional<Person> person(String personId) {
        Optional<Person> cached = persons.get(personId);
        if (cached != null) {
            return cached;
        }
        if (!visitorsRead && personLookUps.incrementAndGet() > POINT_LOOK_UPS) {
            readVisitors();
            cached = persons.get(personId);
            if (cached != null) {
                return cached;
            }
        }
        PersonTable people = new PersonTable();
        Optional<Person> person = Streams.list(dataSource, "select " + people.columnList()
                + " from person where person_id = ?", s -> Jdbc.setPersonSought(s, 1, personId), people::read).stream()
                .findFirst();
        persons.put(personId, person);
        return person;
    }

    /**
     * Reads the persons with activities in the vårdval on the days of activities the run has read (at least the month)
     * into the person cache in one query, for a model that asks for many of them one by one: one query instead of a
     * round trip per person (fotvård's February patients of the 2.4 M benchmark took 20 s on PostgreSQL one by one,
     * each on a new connection before the pool).
     */
    private synchronized void readVisitors() {
        if (visitorsRead) {
            return;
        }
        PersonTable people = new PersonTable();
        ActivityDays days = activitiesRead.get();
        Streams.forEach(dataSource, "select " + people.columnList() + " from person where person_id in"
                + " (select person_id from activity where care_choice = ? and activity_date between ? and ?)",
                statement -> {
                    statement.setString(1, careChoice.id());
                    Jdbc.setDate(statement, 2, days.first());
                    Jdbc.setDate(statement, 3, days.last());
                }, people::read, person -> persons.putIfAbsent(person.personId(), Optional.of(person)));
        visitorsRead = true;
    }

    @Override
    public List<Cost> costs() {
        CostTable costs = new CostTable();
        return cached("costs", () -> Streams.list(dataSource, "select " + costs.columnList() + " from cost where"
                + " period = ? and hsa_id in (" + UNITS_IN_PERIOD + ") order by hsa_id, category, reference",
                this::bindPeriodThenCareChoice, costs::read));
    }

    @Override
    public List<Indicator> indicators() {
        IndicatorTable indicators = new IndicatorTable();
        return cached("indicators", () -> Streams.list(dataSource, "select " + indicators.columnList()
                + " from indicator where period = ? and hsa_id in (" + UNITS_IN_PERIOD + ")"
                + " order by hsa_id, indicator, sex", this::bindPeriodThenCareChoice, indicators::read));
    }

    @Override
    public List<Penalty> penalties() {
        PenaltyTable penalties = new PenaltyTable();
        return cached("penalties", () -> Streams.list(dataSource, "select " + penalties.columnList()
                + " from penalty where decided between ? and ? and hsa_id in (" + UNITS_IN_PERIOD + ")"
                + " order by hsa_id, decided, reason", statement -> {
                    Jdbc.setDate(statement, 1, period.atDay(1));
                    Jdbc.setDate(statement, 2, period.atEndOfMonth());
                    bindCareChoiceAndPeriod(statement, 3);
                }, penalties::read));
    }

    @Override
    public List<CniUnit> cniUnits() {
        CniUnitTable cni = new CniUnitTable();
        return cached("cniUnits", () -> Streams.list(dataSource, "select " + cni.columnList() + " from cni_unit c"
                + " where c.period = (select max(c2.period) from cni_unit c2 where c2.hsa_id = c.hsa_id"
                + " and c2.period <= ?) and c.hsa_id in (" + UNITS_IN_PERIOD + ") order by hsa_id",
                this::bindPeriodThenCareChoice, cni::read));
    }

    @Override
    public List<DecidedPayment> decidedPayments() {
        return cached("decided", () -> Streams.list(dataSource, "select " + JdbcDecidedPaymentStore.COLUMNS
                + " from decided_payment where care_choice = ? and period = ? order by hsa_id, component, origin",
                statement -> {
                    statement.setString(1, careChoice.id());
                    statement.setString(2, period.toString());
                }, JdbcDecidedPaymentStore::read));
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> cached(String table, Supplier<List<T>> query) {
        return (List<T>) tables.computeIfAbsent(table, t -> List.copyOf(query.get()));
    }

    private void bindCareChoiceAndPeriod(PreparedStatement statement) throws SQLException {
        bindCareChoiceAndPeriod(statement, 1);
    }

    private void bindCareChoiceAndPeriod(PreparedStatement statement, int first)
            throws SQLException {
        statement.setString(first, careChoice.id());
        Jdbc.setDate(statement, first + 1, period.atEndOfMonth());
        Jdbc.setDate(statement, first + 2, period.atDay(1));
    }

    private void bindPeriodThenCareChoice(PreparedStatement statement) throws SQLException {
        statement.setString(1, period.toString());
        bindCareChoiceAndPeriod(statement, 2);
    }

    /** The first and last day of the activities a run has read: the month's, widened by every longer reading. */
    private record ActivityDays(LocalDate first, LocalDate last) {

        ActivityDays widened(LocalDate from, LocalDate to) {
            return new ActivityDays(from.isBefore(first) ? from : first, to.isAfter(last) ? to : last);
        }
    }
}
