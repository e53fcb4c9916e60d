package se.vardval.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
import se.vardval.core.service.UserError;

/** Deficit compensation (Likvärdiga villkor) for a year. */
@Command(name = "deficit", mixinStandardHelpOptions = true, description = "Deficit compensation (Likvärdiga villkor).",
        subcommands = DeficitCommand.Propose.class)
class DeficitCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say propose");
    }

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

        Propose(CliServices services) {
            super(services);
        }

        @Override
        public Integer call() throws IOException {
            DeficitProposal proposal = services.deficits().propose(careChoice, year, read(inputs));
            out().printf("deficit compensation %s %d, basis %s (a proposal; nothing is paid)%n", careChoice, year,
                    proposal.inputs().basis());
            for (CompensationGroup group : proposal.groups()) {
                out().println("  " + group.calculation());
            }
            Map<String, BigDecimal> perProvider = new TreeMap<>();
            for (CompensationLine line : proposal.lines()) {
                out().printf("  %-22s %-10s basis %16s × %12s = %20s%n", line.hsaId(), line.orgNr(),
                        line.basis().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
                        line.rate().toPlainString(), Kronor.format(line.amount()));
                perProvider.merge(line.orgNr(), line.amount(), BigDecimal::add);
            }
            perProvider.forEach((orgNr, total) -> out().printf("  provider %-12s %22s%n", orgNr,
                    Kronor.format(total)));
            out().printf("  total %25s%n", Kronor.format(proposal.total()));
            return 0;
        }

        private static DeficitInputs read(Path file) throws IOException {
            try {
                return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                        .readValue(file.toFile(), DeficitInputs.class);
            } catch (NoSuchFileException | java.io.FileNotFoundException e) {
                throw new UserError("no such file: " + file);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UserError(file + " is not a deficit inputs document: " + e.getOriginalMessage());
            }
        }
    }
}
