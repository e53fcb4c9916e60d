package se.vardval.demo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
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
import se.vardval.core.service.DemoData;
import se.vardval.core.service.DemoRegion;
import se.vardval.core.service.RulebookService;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ImportService;
import se.vardval.core.store.ImportService.FileResult;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.demo.DemoRegionGenerator;
import se.vardval.demo.DemoRegionSummary;

/**
 * Loads the demo region: registers Region Jämtland Härjedalen as the payer, generates the region's files, registers
 * every plugin's demo vårdval, lets every plugin add
 * its demo rows to the files, imports them through the ordinary import, and stores the plugins' demo rulebooks.
 */
@Component(service = DemoRegion.class)
public class DemoRegionLoader implements DemoRegion {

    /** The progress is Swedish, its counts grouped with a space. */
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ImportService imports;
    private final MasterDataStore masterData;
    private final RulebookService rulebooks;
    private final RegionStore region;
    private final List<DemoContribution> contributions = new CopyOnWriteArrayList<>();

    /** Created by DS with the import and store services. */
    @Activate
    public DemoRegionLoader(@Reference ImportService imports, @Reference MasterDataStore masterData,
            @Reference RulebookService rulebooks, @Reference RegionStore region) {
        this.imports = imports;
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.region = region;
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
        progress.accept(String.format(SWEDISH, "genererar %,d personer i %s", persons, workDirectory));
        DemoRegionGenerator generator = new DemoRegionGenerator(seed, persons);
        DemoRegionSummary generated = generate(generator, workDirectory);
        region.save(RegionPlan.payer(), user);
        int careChoices = registerCareChoices(user);
        writePluginData(workDirectory, generator.units(), generated.persons(), seed, DemoRegionGenerator.months(
                DemoRegionGenerator.FIRST_MONTH, DemoRegionGenerator.MONTHS), progress);
        progress.accept("importerar " + workDirectory);
        for (FileResult result : imports.importDirectory(workDirectory, user, p -> { })) {
            if (!result.accepted()) {
                throw new UserError("demofilen " + result.file() + " avvisades: " + result.errors().get(0));
            }
            progress.accept(String.format(SWEDISH, "  %-18s %,10d rader", result.file(), result.rows()));
        }
        int storedRulebooks = storeRulebooks(user, progress);
        return new Summary(generated.persons(), generated.listings(), generated.activities(), careChoices,
                storedRulebooks);
    }

    private static DemoRegionSummary generate(DemoRegionGenerator generator, Path directory) {
        try {
            return generator.writeTo(directory, DemoRegionGenerator.FIRST_MONTH, DemoRegionGenerator.MONTHS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo files to " + directory, e);
        }
    }

    @Override
    public void writePluginData(Path directory, List<DemoData.DemoUnit> units, long persons, long seed,
            List<YearMonth> months, Consumer<String> progress) {
        progress.accept("lägger till insticksmodulernas demodata");
        for (DemoContribution contribution : contributions) {
            String plugin = contribution.getClass().getName();
            try (GeneratedDemoData data = new GeneratedDemoData(directory, months, units, persons, seed, plugin)) {
                contribution.writeDemoData(data);
            }
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
                var rulebook = rulebooks.importJson(json, false, user);
                progress.accept("  förfrågningsunderlag " + rulebook.careChoice() + " " + rulebook.year() + " ("
                        + rulebook.status().swedishName() + ")");
                count++;
            }
        }
        return count;
    }
}
