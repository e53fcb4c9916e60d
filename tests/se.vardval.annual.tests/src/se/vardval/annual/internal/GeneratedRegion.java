package se.vardval.annual.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.osgi.framework.FrameworkUtil;

import se.vardval.cli.testing.CliRunner;
import se.vardval.demo.DemoRegionGenerator;

/**
 * The generated region the end-to-end tests of this runtime share (they share its database): imported once through
 * the command line, with the Hälsoval 2020 rulebook decided.
 */
final class GeneratedRegion {

    private static Path files;

    private GeneratedRegion() {
    }

    /** The directory of the region's files, imported on first use. */
    static synchronized Path imported(CliRunner cli) {
        if (files == null) {
            try {
                files = importInto(cli, Files.createTempDirectory("vardval-annual-region"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static Path importInto(CliRunner cli, Path work) throws IOException {
        Path region = Files.createDirectories(work.resolve("region"));
        new DemoRegionGenerator(11, 3_000).writeTo(region);
        cli.ok("care-choice", "halsoval", "--model", "halsoval", "--name", "Hälsoval");
        cli.ok("import", region.toString());
        Path rulebook = work.resolve("halsoval-2020.json");
        try (InputStream in = FrameworkUtil.getBundle(se.vardval.halsoval.AgeWeightDerivation.class)
                .getEntry("rulebooks/halsoval-2020.json").openStream()) {
            Files.writeString(rulebook, new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"DECIDED\"", "\"DRAFT\""), StandardCharsets.UTF_8);
        }
        cli.ok("rulebook", "import", rulebook.toString());
        cli.ok("rulebook", "decide", "halsoval", "2020", "--decision", "RS 2019-11-26 § 201");
        return region;
    }
}
