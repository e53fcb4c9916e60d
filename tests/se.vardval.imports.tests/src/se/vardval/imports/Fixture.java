package se.vardval.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.core.store.FileProblem;
import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;

/**
 * A database stand-in with a few stored keys, a session over it reading the code keys of some plugins' declarations
 * and a sink that collects what it receives.
 */
final class Fixture implements ImportReferences, ImportSink {

    static final String PERSON = "19121212-1212";
    static final String ORG_NR = "556677-8899";
    /** A stored unit of a provider other than {@link #ORG_NR}. */
    static final String OTHER_PROVIDERS_UNIT = "SE2321000214-E9";

    final Set<String> careChoices = new HashSet<>(Set.of("halsoval"));
    final Set<String> providers = new HashSet<>(Set.of("5566778899"));
    final Map<String, String> units = new HashMap<>(Map.of("SE2321000206-E1", "5566778899", "SE2321000206-E2",
            "5566778899", OTHER_PROVIDERS_UNIT, "2321000214"));
    final Set<String> contracts = new HashSet<>(Set.of("K1"));
    final Set<String> persons = new HashSet<>(Set.of("191212121212"));
    final List<Listing> storedListings = new ArrayList<>();
    final List<Object> received = new ArrayList<>();
    final ImportSession session;

    /** A fixture whose session reads the code keys foot care, specialist care and dental care declare. */
    Fixture() {
        this(StandInCodeKeys.THE_MODELS);
    }

    /** A fixture whose session reads the code keys of these declarations. */
    Fixture(List<ActivityCodeKeys> codeKeys) {
        session = new ImportSession(this, codeKeys);
    }

    /** Reads the text as the named file of the given type. */
    ImportResult read(String fileName, ImportFileType type, String text) {
        return read(fileName, type, text.getBytes(StandardCharsets.UTF_8));
    }

    ImportResult read(String fileName, ImportFileType type, byte[] bytes) {
        try {
            return session.read(fileName, new ByteArrayInputStream(bytes), bytes.length, type, this,
                    (rows, done, total) -> {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a file of the type with the contract's name and columns in the specification's order. */
    ImportResult read(ImportFileType type, String... rows) {
        return read(type.fileName(), type, String.join(";", type.columns()) + "\n" + String.join("\n", rows) + "\n");
    }

    /** The errors of the result as report lines. */
    static List<String> report(ImportResult result) {
        return result.errors().stream().map(FileProblem::toString).toList();
    }

    @Override
    public boolean careChoiceExists(String careChoice) {
        return careChoices.contains(careChoice);
    }

    @Override
    public boolean providerExists(String orgNr) {
        return providers.contains(orgNr);
    }

    @Override
    public Optional<String> unitProvider(String hsaId) {
        return Optional.ofNullable(units.get(hsaId));
    }

    @Override
    public boolean contractExists(String contractId) {
        return contracts.contains(contractId);
    }

    @Override
    public boolean personExists(String personId) {
        return persons.contains(personId);
    }

    @Override
    public void forEachStoredListing(String careChoice, Consumer<Listing> sink) {
        storedListings.stream().filter(l -> l.careChoice().equals(careChoice)).forEach(sink);
    }

    @Override
    public void provider(Provider provider, long line) {
        received.add(provider);
    }

    @Override
    public void unit(Unit unit, long line) {
        received.add(unit);
    }

    @Override
    public void contract(Contract contract, long line) {
        received.add(contract);
    }

    @Override
    public void supplementary(Supplementary supplementary, long line) {
        received.add(supplementary);
    }

    @Override
    public void person(Person person, long line) {
        received.add(person);
    }

    @Override
    public void listing(Listing listing, long line) {
        received.add(listing);
    }

    @Override
    public void activity(Activity activity, long line) {
        received.add(activity);
    }

    @Override
    public void cost(Cost cost, long line) {
        received.add(cost);
    }

    @Override
    public void cniUnit(CniUnit cniUnit, long line) {
        received.add(cniUnit);
    }

    @Override
    public void indicator(Indicator indicator, long line) {
        received.add(indicator);
    }

    @Override
    public void penalty(Penalty penalty, long line) {
        received.add(penalty);
    }
}
