package se.vardval.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.vardval.annual.CompensationGroup;
import se.vardval.annual.CompensationLine;
import se.vardval.annual.DeficitInputs;
import se.vardval.annual.DeficitProposal;
import se.vardval.annual.SavedDeficitProposal;
import se.vardval.core.service.UserError;

/** Deficit compensation (Likvärdiga villkor) for a year. */
@Command(name = "deficit", mixinStandardHelpOptions = true, description = "Deficit compensation (Likvärdiga villkor).",
        subcommands = { DeficitCommand.Propose.class, DeficitCommand.Decide.class, DeficitCommand.ListSaved.class })
class DeficitCommand extends GroupCommand {

    /** Proposes the compensation per unit and provider with the whole calculation. */
    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = "Proposes the compensation of a year from a JSON inputs file (basis, perMunicipality, "
                    + "deviations with D, H, S, Å, G and their sources) and the year's stored data.")
    static class Propose extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Option(names = "--inputs", required = true, paramLabel = "<file.json>")
        Path inputs;

        @Option(names = "--save", description = "Save the proposal with its inputs and sources for decision "
                + "(replacing an undecided one of the year).")
        boolean save;

        Propose(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            DeficitProposal proposal = save ? services.deficits().save(careChoice, year, read(inputs), user())
                    .proposal() : services.deficits().propose(careChoice, year, read(inputs));
            out().printf("deficit compensation %s %d, basis %s (a proposal%s; nothing is paid)%n", careChoice, year,
                    proposal.inputs().basis(), save ? ", saved for decision" : "");
            for (CompensationGroup group : proposal.groups()) {
                out().println("  " + group.calculation());
            }
            Map<String, BigDecimal> perProvider = new TreeMap<>();
            for (CompensationLine line : proposal.lines()) {
                out().printf("  %-22s %-10s basis %16s × %12s = %20s%n", line.hsaId(), line.orgNr(),
                        line.basis().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                        line.rate().toPlainString(), SwedishNumbers.kronor(line.amount()));
                perProvider.merge(line.orgNr(), line.amount(), BigDecimal::add);
            }
            perProvider.forEach((orgNr, total) -> out().printf("  provider %-12s %22s%n", orgNr,
                    SwedishNumbers.kronor(total)));
            out().printf("  total %25s%n", SwedishNumbers.kronor(proposal.total()));
            return 0;
        }

        private static DeficitInputs read(Path file) throws IOException {
            try {
                return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readValue(file.toFile(), DeficitInputs.class);
            } catch (NoSuchFileException | java.io.FileNotFoundException e) {
                throw new UserError("filen finns inte: " + file);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UserError(file + " är inte ett dokument med underlag för underskottskompensation: "
                        + e.getOriginalMessage());
            }
        }
    }

    /** Decides the saved proposal and schedules its payment in a month of the next year. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Decides the saved proposal of a year with the decision reference; its lines are paid as "
                    + "DEFICIT_COMPENSATION by the payment run of the chosen month of the next year, once approved.")
    static class Decide extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<year>")
        int year;

        @Option(names = "--decision", required = true, paramLabel = "<reference>",
                description = "e.g. \"RS 2025-05-27 § 85\"")
        String decision;

        @Option(names = "--pay-in", required = true, paramLabel = "<ÅÅÅÅ-MM>",
                description = "The month of the next year whose payment run pays it.")
        YearMonth payIn;

        Decide(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            SavedDeficitProposal decided = services.deficits().decide(careChoice, year, decision, payIn, user());
            out().printf("deficit compensation %s %d decided (%s): %d line(s), %s, paid as %s in the run of %s%n",
                    careChoice, year, decided.decision(), decided.proposal().lines().size(),
                    SwedishNumbers.kronor(decided.proposal().total()), SavedDeficitProposal.COMPONENT, decided.payIn());
            return 0;
        }
    }

    /** Lists the saved proposals of a vårdval. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the saved deficit compensation proposals of a vårdval and their decisions.")
    static class ListSaved extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>")
        String careChoice;

        ListSaved(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            for (SavedDeficitProposal saved : services.deficits().list(careChoice)) {
                out().printf("  %d  %-12s %20s  saved by %s%s%n", saved.proposal().year(),
                        saved.proposal().inputs().basis(), SwedishNumbers.kronor(saved.proposal().total()), saved.savedBy(),
                        saved.decided() ? "; decided " + saved.decision() + " by " + saved.decidedBy() + ", paid in "
                                + saved.payIn() : "; not decided");
            }
            return 0;
        }
    }
}
