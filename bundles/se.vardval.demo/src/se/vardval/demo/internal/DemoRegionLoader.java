package se.vardval.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.service.DemoContribution;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.MasterDataStore;
import se.vardval.demo.DemoRegionGenerator;
import se.vardval.demo.DemoRegionSummary;

/**
 * Loads the demo region: registers every plugin's demo vårdval, imports the generated files through the ordinary
 * import, and stores the plugins' demo rulebooks.
 */
@Component(service = DemoRegion.class)
public class DemoRegionLoader implements DemoRegion {

    private final ImportService imports;
    private final MasterDataStore masterData;
    private final RulebookService rulebooks;
    private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

    /** Created by DS with the import and store services. */
    @Activate
    public DemoRegionLoader(@Reference ImportService imports, @Reference MasterDataStore masterData,
            @Reference RulebookService rulebooks) {
        this.imports = imports;
        this.masterData = masterData;
        this.rulebooks = rulebooks;
    }

    /** Called by DS for every plugin that contributes demo data. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(DemoContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(DemoContribution contribution) {
        contributions.remove(contribution);
    }

    @Override
    public Summary load(Path workDirectory, int persons, long seed, String user, Consumer<String> progress) {
        progress.accept("generating " + persons + " persons in " + workDirectory);
        DemoRegionSummary generated = generate(workDirectory, persons, seed);
        int careChoices = registerCareChoices(user);
        progress.accept("importing " + workDirectory);
        for (FileResult result : imports.importDirectory(workDirectory, user, p -> { })) {
            if (!result.accepted()) {
                throw new UserError("the demo file " + result.file() + " was rejected: " + result.errors().get(0));
            }
            progress.accept(String.format("  %-18s %,10d rows", result.file(), result.rows()));
        }
        int storedRulebooks = storeRulebooks(user, progress);
        return new Summary(generated.persons(), generated.listings(), generated.activities(), careChoices,
                storedRulebooks);
    }

    private static DemoRegionSummary generate(Path directory, int persons, long seed) {
        try {
            return new DemoRegionGenerator(seed, persons).writeTo(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo files to " + directory, e);
        }
    }

    @Override
    public int registerCareChoices(String user) {
        int count = 0;
        for (DemoContribution contribution : contributions) {
            for (CareChoice careChoice : contribution.careChoices()) {
                masterData.saveCareChoice(careChoice, user);
                count++;
            }
        }
        return count;
    }

    @Override
    public int storeRulebooks(String user, Consumer<String> progress) {
        int count = 0;
        for (DemoContribution contribution : contributions) {
            for (String json : contribution.rulebooks()) {
                var rulebook = rulebooks.importJson(json, user);
                progress.accept("  rulebook " + rulebook.careChoice() + " " + rulebook.year() + " ("
                        + rulebook.status() + ")");
                count++;
            }
        }
        return count;
    }
}
