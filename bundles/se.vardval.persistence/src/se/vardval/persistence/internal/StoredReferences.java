package se.vardval.persistence.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import javax.sql.DataSource;

import se.vardval.core.domain.Listing;
import se.vardval.imports.ImportReferences;
import se.vardval.persistence.internal.jdbc.ListingTable;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * The keys the database holds, for the cross-file checks of an import: register keys as sets (units with their
 * provider) and person ids as a sorted array of numbers (8 bytes a person), each read on first use and forgotten
 * after every imported file.
 */
final class StoredReferences implements ImportReferences {

    private final DataSource dataSource;
    private Set<String> careChoices;
    private Set<String> providers;
    private Map<String, String> units;
    private Set<String> contracts;
    private long[] persons;
    private String tableLoadedEmpty;

    StoredReferences(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets what was read, so that the next check sees the files imported since. */
    void refresh() {
        careChoices = null;
        providers = null;
        units = null;
        contracts = null;
        persons = null;
    }

    /**
     * Tells that the file being imported is loaded into the named table, which held no row and is locked by the load
     * until its transaction ends, or that no file is (null): the table's stored rows are then known to be none, and
     * reading them on another connection would wait for the load forever.
     */
    void loadingIntoEmpty(String table) {
        tableLoadedEmpty = table;
    }

    @Override
    public boolean careChoiceExists(String careChoice) {
        if (careChoices == null) {
            careChoices = keys("select id from care_choice");
        }
        return careChoices.contains(careChoice);
    }

    @Override
    public boolean providerExists(String orgNr) {
        if (providers == null) {
            providers = keys("select org_nr from provider");
        }
        return providers.contains(orgNr);
    }

    @Override
    public boolean unitExists(String hsaId) {
        return units().containsKey(hsaId);
    }

    @Override
    public Optional<String> unitProvider(String hsaId) {
        return Optional.ofNullable(units().get(hsaId));
    }

    /** The stored units' providers by HSA-id, read on first use. */
    private Map<String, String> units() {
        if (units == null) {
            units = new HashMap<>();
            Streams.forEach(dataSource, "select hsa_id, org_nr from unit", s -> {
            }, rs -> Map.entry(rs.getString(1), rs.getString(2)), unit -> units.put(unit.getKey(), unit.getValue()));
        }
        return units;
    }

    @Override
    public boolean contractExists(String contractId) {
        if (contracts == null) {
            contracts = keys("select distinct contract_id from contract");
        }
        return contracts.contains(contractId);
    }

    @Override
    public boolean personExists(String personId) {
        if (persons == null) {
            persons = personIds();
        }
        try {
            return Arrays.binarySearch(persons, Long.parseLong(personId)) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void forEachStoredListing(String careChoice, Consumer<Listing> sink) {
        if (ListingTable.NAME.equals(tableLoadedEmpty)) {
            return;
        }
        Streams.forEach(dataSource, "select " + ListingTable.LISTING_COLUMNS + " from listing where care_choice = ?",
                s -> s.setString(1, careChoice), rs -> ListingTable.readFrom(rs, 1), sink);
    }

    private Set<String> keys(String sql) {
        Set<String> keys = new HashSet<>();
        Streams.forEach(dataSource, sql, s -> {
        }, rs -> rs.getString(1), keys::add);
        return keys;
    }

    private long[] personIds() {
        LongStream.Builder ids = LongStream.builder();
        Streams.forEach(dataSource, "select person_id from person", s -> {
        }, rs -> rs.getLong(1), ids::add);
        return ids.build().sorted().toArray();
    }
}
