package se.vardval.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.annual.IndexationReport;
import se.vardval.annual.Indexation;
import se.vardval.annual.IndexedRate;
import se.vardval.annual.ParameterChange;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;

/**
 * The rulebook subcommands of the year: draft from an earlier year or the model's defaults, set a parameter, index
 * with LPIK, diff.
 */
final class RulebookYearCommands {

    private RulebookYearCommands() {
    }

    /** Creates a year's draft as a copy of an earlier year's rulebook, or from the model's defaults. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = "Skapar ett års utkast till förfrågningsunderlag som en kopia av ett tidigare års, eller "
                    + "från modellens standardvärden (vårdvalets första underlag).")
    static class Draft extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Förfrågningsunderlagets år.")
        int year;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Origin origin;

        @Option(names = "--replace", description = "Ersätt ett befintligt utkast för året.")
        boolean replace;

        Draft(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            if (origin.defaults) {
                Rulebook draft = services.rulebookYears().draftFromDefaults(careChoice, year, replace, user());
                out().printf("förfrågningsunderlag %s %d: %s från standardvärdena i modellen %s%n",
                        draft.careChoice(), draft.year(), draft.status().swedishName(), draft.modelType());
                return 0;
            }
            Rulebook draft = services.rulebookYears().draft(careChoice, year, origin.fromYear, replace, user());
            out().printf("förfrågningsunderlag %s %d: %s kopierat från %d%n", draft.careChoice(), draft.year(),
                    draft.status().swedishName(), origin.fromYear);
            return 0;
        }

        /** Where the draft starts: an earlier year's rulebook or the model's defaults, exactly one of them. */
        static class Origin {

            @Option(names = "--from", required = true, paramLabel = "<år>", description = "Året som kopieras.")
            Integer fromYear;

            @Option(names = "--defaults", required = true,
                    description = "Börja från modellens standardvärden, t.ex. för ett nytt vårdvals första år.")
            boolean defaults;
        }
    }

    /** Sets one parameter of a draft. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Sätter en parameter i ett utkast, t.ex. cni.krPerIndexPoint 1100; värdet är JSON "
                    + "(ett ensamt ord tas som text).")
    static class SetParameter extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Förfrågningsunderlagets år.")
        int year;

        @Parameters(index = "2", paramLabel = "<sökväg>", description = "Parameterns sökväg.")
        String path;

        @Parameters(index = "3", paramLabel = "<värde>", description = "Det nya värdet.")
        String value;

        SetParameter(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            services.rulebookYears().set(careChoice, year, path, json(value), user());
            out().printf("förfrågningsunderlag %s %d: %s = %s%n", careChoice, year, path, value);
            return 0;
        }

        private static JsonNode json(String text) {
            try {
                return new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
                        .USE_BIG_DECIMAL_FOR_FLOATS).readTree(text);
            } catch (JsonProcessingException e) {
                return TextNode.valueOf(text);
            }
        }
    }

    /** Sets a draft's annual rates to last year's raised by LPIK and prints every rate, last year's and the new. */
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Sätter ett utkasts årliga ersättningar till föregående års uppräknade med LPIK (procent) "
                    + "och skriver varje ersättning, föregående års och den nya; en ny indexering utgår åter från "
                    + "föregående år.")
    static class Index extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Förfrågningsunderlagets år.")
        int year;

        @Option(names = "--lpik", required = true, paramLabel = "<procent>",
                description = "LPIK i procent med decimalkomma eller decimalpunkt: 2,3, 2.3 eller -0,4.")
        BigDecimal lpik;

        @Option(names = "--floor-at-zero",
                description = "Ett negativt LPIK lämnar ersättningarna oförändrade (golv vid noll).")
        boolean floorAtZero;

        @Option(names = "--exclude", split = ",", paramLabel = "<sökväg>",
                description = "Ersättningar som inte indexeras (excludeFromIndex), med sökväg eller prefix, t.ex. "
                        + "sparsity.bands.")
        List<String> exclude = List.of();

        @Option(names = "--preview", description = "Visa resultatet utan att spara det.")
        boolean preview;

        Index(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            Indexation indexation = new Indexation(lpik, floorAtZero, new LinkedHashSet<>(exclude));
            IndexationReport report = services.rulebookYears().index(careChoice, year, indexation, preview, user());
            out().printf("LPIK %s %%%s: faktor %s på %d årliga ersättningar i %s %d%s%n", SwedishNumbers.decimal(lpik),
                    indexation.floored() ? ", negativt, golv vid noll" : "", SwedishNumbers.decimal(report.factor()),
                    report.rates().size(), careChoice, year, preview ? " (förhandsgranskning, inte sparat)" : "");
            if (report.base().status() != RulebookStatus.DECIDED) {
                out().printf("Obs: förfrågningsunderlaget för %d, vars ersättningar räknas upp, är ännu inte"
                        + " beslutat.%n", report.base().year());
            }
            for (IndexedRate rate : report.rates()) {
                out().printf("  %-40s %14s -> %14s%s%n", rate.path(), rate.newThisYear() ? "–"
                        : SwedishNumbers.decimal(rate.before().stripTrailingZeros()),
                        SwedishNumbers.decimal(rate.after().stripTrailingZeros()), note(indexation, rate));
            }
            return 0;
        }

        /** Why a rate was left unchanged, in the client's words. */
        private String note(Indexation indexation, IndexedRate rate) {
            return rate.newThisYear() ? "  ny i år (förra året saknar motsvarande), inte indexerad"
                    : indexation.excludes(rate.path()) ? "  undantagen från indexeringen"
                    : indexation.floored() ? "  oförändrad: negativt index, golv vid noll" : "";
        }
    }

    /** Shows what changed between two rulebooks, parameter by parameter. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Visar vad som ändrats mellan två förfrågningsunderlag, vart och ett ett år, ett förslags "
                    + "namn eller en JSON-fil.")
    static class Diff extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<A>", description = "Det första underlaget.")
        String a;

        @Parameters(index = "2", paramLabel = "<B>", description = "Det andra underlaget.")
        String b;

        Diff(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            List<ParameterChange> changes = services.rulebookYears().diff(RulebookSource.resolve(services,
                    careChoice, a), RulebookSource.resolve(services, careChoice, b));
            out().printf("%s från %s till %s%n", SwedishNumbers.count(changes.size(), "ändring", "ändringar"), a, b);
            for (ParameterChange c : changes) {
                out().printf("  %s: %s -> %s%s%n", c.path(), c.before(), c.after(), difference(c));
            }
            return 0;
        }

        /** The change of a number in kr and per cent, e.g. {@code   (56, 2,28 %)}; nothing for other values. */
        private static String difference(ParameterChange c) {
            return c.difference() == null ? "" : "  (" + SwedishNumbers.decimal(c.difference())
                    + (c.percent() == null ? "" : ", " + SwedishNumbers.decimal(c.percent()) + " %") + ")";
        }
    }
}
