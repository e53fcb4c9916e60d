package se.vardval.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.annual.IndexationReport;
import se.vardval.annual.Indexation;
import se.vardval.annual.IndexedRate;
import se.vardval.annual.ParameterChange;
import se.vardval.core.model.Rulebook;

/** The rulebook subcommands of the year: draft from an earlier year, set a parameter, index with LPIK, diff. */
final class RulebookYearCommands {

    private RulebookYearCommands() {
    }

    /** Creates a year's draft as a copy of an earlier year's rulebook. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = "Creates the draft rulebook of a year as a copy of an earlier year's rulebook.")
    static class Draft extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Option(names = "--from", required = true, paramLabel = "<year>", description = "The year to copy.")
        int fromYear;

        @Option(names = "--replace", description = "Replace an existing draft of the year.")
        boolean replace;

        Draft(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            Rulebook draft = services.rulebookYears().draft(careChoice, year, fromYear, replace, user());
            out().printf("rulebook %s %d drafted from %d (%s)%n", draft.careChoice(), draft.year(), fromYear,
                    draft.status());
            return 0;
        }
    }

    /** Sets one parameter of a draft. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Sets one parameter of a draft, e.g. cni.krPerIndexPoint 1100; the value is JSON "
                    + "(a bare word is taken as text).")
    static class SetParameter extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Parameters(index = "2", paramLabel = "<path>")
        String path;

        @Parameters(index = "3", paramLabel = "<value>")
        String value;

        SetParameter(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            services.rulebookYears().set(careChoice, year, path, json(value), user());
            out().printf("rulebook %s %d: %s = %s%n", careChoice, year, path, value);
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

    /** Indexes a draft's annual rates with LPIK and prints every rate before and after. */
    @Command(name = "index", mixinStandardHelpOptions = true,
            description = "Raises a draft's annual rates by LPIK (per cent) and prints every rate before and after.")
    static class Index extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Option(names = "--lpik", required = true, paramLabel = "<per cent>", description = "e.g. 2.3 or -0.4")
        BigDecimal lpik;

        @Option(names = "--floor-at-zero", description = "A negative LPIK leaves the rates unchanged.")
        boolean floorAtZero;

        @Option(names = "--exclude", split = ",", paramLabel = "<path>",
                description = "Rates left alone (excludeFromIndex), by path or prefix, e.g. sparsity.bands.")
        List<String> exclude = List.of();

        @Option(names = "--preview", description = "Show the result without storing it.")
        boolean preview;

        Index(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            IndexationReport report = services.rulebookYears().index(careChoice, year,
                    new Indexation(lpik, floorAtZero, new LinkedHashSet<>(exclude)), preview, user());
            out().println(report.summary() + (preview ? " (preview, not stored)" : ""));
            for (IndexedRate rate : report.rates()) {
                out().printf("  %-40s %14s -> %14s%s%n", rate.path(), rate.before().toPlainString(),
                        rate.after().toPlainString(), rate.note() == null ? "" : "  " + rate.note());
            }
            return 0;
        }
    }

    /** Shows what changed between two rulebooks, parameter by parameter. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Shows what changed between two rulebooks, each a year, a proposal name or a JSON file.")
    static class Diff extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<A>")
        String a;

        @Parameters(index = "2", paramLabel = "<B>")
        String b;

        Diff(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            List<ParameterChange> changes = services.rulebookYears().diff(RulebookSource.resolve(services,
                    careChoice, a), RulebookSource.resolve(services, careChoice, b));
            out().printf("%d change(s) from %s to %s%n", changes.size(), a, b);
            for (ParameterChange c : changes) {
                out().printf("  %s: %s -> %s%s%n", c.path(), c.before(), c.after(), c.difference() == null ? ""
                        : "  (" + c.difference().toPlainString() + (c.percent() == null ? ""
                                : ", " + c.percent().toPlainString() + " %") + ")");
            }
            return 0;
        }
    }
}
