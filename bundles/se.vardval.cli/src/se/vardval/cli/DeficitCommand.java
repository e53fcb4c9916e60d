package se.vardval.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
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
@Command(name = "deficit", mixinStandardHelpOptions = true,
        description = "Underskottskompensation (Likvärdiga villkor).",
        subcommands = { DeficitCommand.Propose.class, DeficitCommand.Decide.class, DeficitCommand.ListSaved.class })
class DeficitCommand extends GroupCommand {

    /** Proposes the compensation per unit and provider with the whole calculation. */
    @Command(name = "propose", mixinStandardHelpOptions = true,
            description = "Föreslår ett års kompensation ur en JSON-fil med underlaget (basis, perMunicipality, "
                    + "deviations med D, H, S, Å, G och deras källor) och årets sparade data.")
    static class Propose extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Året.")
        int year;

        @Option(names = "--inputs", required = true, paramLabel = "<fil.json>", description = "Underlaget som JSON.")
        Path inputs;

        @Option(names = "--save", description = "Spara förslaget med underlag och källor för beslut (ersätter "
                + "årets obeslutade förslag).")
        boolean save;

        Propose(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            DeficitProposal proposal = save ? services.deficits().save(careChoice, year, read(inputs), user())
                    .proposal() : services.deficits().propose(careChoice, year, read(inputs));
            out().printf("underskottskompensation %s %d, fördelning %s (ett förslag%s; ingenting betalas ut)%n",
                    careChoice, year, proposal.inputs().basis(), save ? ", sparat för beslut" : "");
            for (CompensationGroup group : proposal.groups()) {
                out().println("  " + group.calculation());
            }
            Map<String, BigDecimal> perProvider = new TreeMap<>();
            for (CompensationLine line : proposal.lines()) {
                out().printf("  %-22s %-10s underlag %16s × %12s = %20s%n", line.hsaId(), line.orgNr(),
                        SwedishNumbers.decimal(line.basis().setScale(2, java.math.RoundingMode.HALF_UP)),
                        SwedishNumbers.decimal(line.rate()), SwedishNumbers.kronor(line.amount()));
                perProvider.merge(line.orgNr(), line.amount(), BigDecimal::add);
            }
            perProvider.forEach((orgNr, total) -> out().printf("  vårdgivare %-12s %20s%n", orgNr,
                    SwedishNumbers.kronor(total)));
            out().printf("  totalt %24s%n", SwedishNumbers.kronor(proposal.total()));
            return 0;
        }

        private static DeficitInputs read(Path file) {
            String text = CliFiles.readText(file);
            try {
                return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readValue(text, DeficitInputs.class);
            } catch (JsonProcessingException e) {
                throw new UserError(file + " är inte ett dokument med underlag för underskottskompensation: "
                        + e.getOriginalMessage());
            }
        }
    }

    /** Decides the saved proposal and schedules its payment in a month of the next year. */
    @Command(name = "decide", mixinStandardHelpOptions = true,
            description = "Beslutar årets sparade förslag med beslutsreferensen; dess rader betalas som "
                    + "DEFICIT_COMPENSATION av körningen för den valda månaden nästa år, när den attesterats.")
    static class Decide extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        @Parameters(index = "1", paramLabel = "<år>", description = "Året.")
        int year;

        @Option(names = "--decision", required = true, paramLabel = "<referens>",
                description = "Beslutsreferensen, t.ex. \"RS 2025-05-27 § 85\".")
        String decision;

        @Option(names = "--pay-in", required = true, paramLabel = "<ÅÅÅÅ-MM>",
                description = "Månaden nästa år vars körning betalar ut den.")
        YearMonth payIn;

        Decide(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            SavedDeficitProposal decided = services.deficits().decide(careChoice, year, decision, payIn, user());
            out().printf("underskottskompensation %s %d beslutad (%s): %d rader, %s, betalas som %s i körningen för"
                    + " %s%n",
                    careChoice, year, decided.decision(), decided.proposal().lines().size(),
                    SwedishNumbers.kronor(decided.proposal().total()), SavedDeficitProposal.COMPONENT, decided.payIn());
            return 0;
        }
    }

    /** Lists the saved proposals of a vårdval. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Listar ett vårdvals sparade förslag till underskottskompensation och deras beslut.")
    static class ListSaved extends ServiceCommand {

        @Parameters(index = "0", paramLabel = "<vårdval>", description = "Vårdvalets id, t.ex. halsoval.")
        String careChoice;

        ListSaved(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() {
            services.masterData().registeredCareChoice(careChoice);
            for (SavedDeficitProposal saved : services.deficits().list(careChoice)) {
                out().printf("  %d  %-12s %20s  sparat av %s%s%n", saved.proposal().year(),
                        saved.proposal().inputs().basis(), SwedishNumbers.kronor(saved.proposal().total()),
                        saved.savedBy(), saved.decided() ? "; beslutat " + saved.decision() + " av "
                                + saved.decidedBy() + ", betalas i " + saved.payIn() : "; inte beslutat");
            }
            return 0;
        }
    }
}
