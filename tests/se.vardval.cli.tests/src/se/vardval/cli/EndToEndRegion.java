package se.vardval.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.demo.DemoRegionGenerator;

/**
 * The generated region every end-to-end test of this runtime shares (they share its database): imported once through
 * the command line with the decided 2020 Hälsoval rulebook that {@link ExpectedHalsovalLines} can recompute.
 */
final class EndToEndRegion {

    private static EndToEndRegion shared;

    final Path files;
    final ObjectNode rulebook;

    private EndToEndRegion(Path files, ObjectNode rulebook) {
        this.files = files;
        this.rulebook = rulebook;
    }

    /** The region, imported on first use. */
    static synchronized EndToEndRegion imported(CliRunner cli) {
        if (shared == null) {
            try {
                shared = importInto(cli, Files.createTempDirectory("vardval-cli-region"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return shared;
    }

    private static EndToEndRegion importInto(CliRunner cli, Path work) throws IOException {
        Path files = Files.createDirectories(work.resolve("region"));
        new DemoRegionGenerator(11, 3_000).writeTo(files);
        cli.ok("region", "--county", "23", "--org-nr", "232100-0214");
        cli.ok("care-choice", "halsoval", "--model", "halsoval", "--name", "Hälsoval");
        String imported = cli.ok("import", files.toString());
        if (!imported.lines().anyMatch(l -> l.matches("listings\\.csv +[\\d\u00a0]+ rader importerade"))) {
            throw new IllegalStateException("the region was not imported: " + imported);
        }
        ObjectNode rulebook = endToEndRulebook();
        Path rulebookFile = work.resolve("halsoval-2020.json");
        Files.writeString(rulebookFile, new ObjectMapper().writeValueAsString(rulebook), StandardCharsets.UTF_8);
        cli.ok("rulebook", "import", rulebookFile.toString());
        cli.ok("rulebook", "decide", "halsoval", "2020", "--decision", "RS 2019-11-26 § 201");
        return new EndToEndRegion(files, rulebook);
    }

    private static ObjectNode endToEndRulebook() throws IOException {
        Bundle halsoval = FrameworkUtil.getBundle(se.vardval.halsoval.AgeWeightDerivation.class);
        try (InputStream in = halsoval.getEntry("rulebooks/halsoval-2020.json").openStream()) {
            ObjectNode document = (ObjectNode) new ObjectMapper().readTree(in);
            document.put("status", "DRAFT");
            document.putNull("decision");
            ObjectNode p = (ObjectNode) document.get("parameters");
            ((ObjectNode) p.get("sparsity")).put("mode", "NONE");
            p.putArray("targets");
            ((ObjectNode) p.get("vatCompensation")).put("percent", 0);
            ObjectNode visits = (ObjectNode) p.get("visits");
            for (String kind : List.of("otherListed", "unlisted", "outOfCounty")) {
                ((ObjectNode) visits.get(kind)).put("DOCTOR", 0).put("OTHER", 0);
            }
            visits.put("deductPatientFee", false).put("chargeListingUnit", false);
            ((ObjectNode) p.get("patientFees")).put("mode", "KEPT_BY_UNIT");
            return document;
        }
    }
}
