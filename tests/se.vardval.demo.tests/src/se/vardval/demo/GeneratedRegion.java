package se.vardval.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.Unit;
import se.vardval.core.store.ActivityCodeKeys;
import se.vardval.imports.ImportDirectory;
import se.vardval.imports.ImportReferences;
import se.vardval.imports.ImportResult;
import se.vardval.imports.ImportSession;
import se.vardval.imports.ImportSink;

/**
 * A generated region read back through the imports into an empty database with the vårdval {@code halsoval} (and any
 * others named), the activities' codes read by the keys of the plugins' declarations given (none for Hälsoval's).
 */
public final class GeneratedRegion implements ImportReferences, ImportSink {

    /** The result of each file. */
    public final List<ImportResult> results = new ArrayList<>();
    final List<Unit> units = new ArrayList<>();
    final List<Person> persons = new ArrayList<>();
    /** The listings read. */
    public final List<Listing> listings = new ArrayList<>();
    /** The activities read. */
    public final List<Activity> activities = new ArrayList<>();
    final List<CniUnit> cniUnits = new ArrayList<>();
    private final Set<String> careChoices;

    /** Imports every file of the directory in import order. */
    GeneratedRegion(Path directory) throws IOException {
        this(directory, Set.of(), Set.of());
    }

    /**
     * Imports every file of the directory in import order, with these vårdval registered beside Hälsoval and the code
     * keys of these declarations.
     */
    public GeneratedRegion(Path directory, Set<String> otherCareChoices, Collection<ActivityCodeKeys> codeKeys)
            throws IOException {
        this.careChoices = otherCareChoices;
        ImportSession session = new ImportSession(this, codeKeys);
        for (ImportDirectory.ImportFile file : ImportDirectory.scan(directory).files()) {
            results.add(session.read(file.path(), file.type(), this, (rows, done, total) -> {
            }));
        }
    }

    @Override
    public boolean careChoiceExists(String careChoice) {
        return careChoice.equals("halsoval") || careChoices.contains(careChoice);
    }

    @Override
    public boolean providerExists(String orgNr) {
        return false;
    }

    @Override
    public Optional<String> unitProvider(String hsaId) {
        return Optional.empty();
    }

    @Override
    public boolean contractExists(String contractId) {
        return false;
    }

    @Override
    public boolean personExists(String personId) {
        return false;
    }

    @Override
    public void forEachStoredListing(String careChoice, Consumer<Listing> sink) {
    }

    @Override
    public void unit(Unit unit, long line) {
        units.add(unit);
    }

    @Override
    public void person(Person person, long line) {
        persons.add(person);
    }

    @Override
    public void listing(Listing listing, long line) {
        listings.add(listing);
    }

    @Override
    public void activity(Activity activity, long line) {
        activities.add(activity);
    }

    @Override
    public void cniUnit(CniUnit cniUnit, long line) {
        cniUnits.add(cniUnit);
    }
}
