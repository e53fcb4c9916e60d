package se.vardval.followup.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Opens a page in the machine's headless Chromium through {@code browser/check-page.mjs} (puppeteer-core and
 * axe-core from npm, installed by {@code npm ci} in that folder). Without Chromium, Node or the npm packages the
 * check is skipped with a message, except in CI ({@code CI=true}), where it fails. The screenshot and a copy of the
 * page go to this module's {@code target/screenshots}, as build artefacts.
 */
final class BrowserCheck {

    /** What the script found: its exit code and its JSON report. */
    record Result(int exitCode, JsonNode report) {
    }

    private static final long TIMEOUT_SECONDS = 180;

    private final Path browserDirectory;
    private final String chromium;

    private BrowserCheck(Path browserDirectory, String chromium) {
        this.browserDirectory = browserDirectory;
        this.chromium = chromium;
    }

    /** The check, or an aborted (skipped) test when the machine lacks what it needs and this is not CI. */
    static BrowserCheck available() throws IOException, InterruptedException {
        Path directory = moduleDirectory().resolve("browser");
        String chromium = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        String missing = !Files.isExecutable(Path.of(chromium)) ? "Chromium (" + chromium + "; apt-get install chromium)"
                : !nodeRuns() ? "Node.js (node on the PATH)"
                : !Files.isDirectory(directory.resolve("node_modules/puppeteer-core"))
                        || !Files.isDirectory(directory.resolve("node_modules/axe-core"))
                                ? "the npm packages (npm ci in " + directory + ")"
                                : null;
        if (missing != null) {
            String message = "browser check needs " + missing;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message + ", which CI must provide");
            }
            System.out.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return new BrowserCheck(directory, chromium);
    }

    /** Runs the script on the page, writing {@code target/screenshots/<name>.png} and {@code <name>.html}. */
    Result check(Path page, String name) throws IOException, InterruptedException {
        Path artefacts = Files.createDirectories(browserDirectory.resolveSibling("target").resolve("screenshots"));
        Path screenshot = artefacts.resolve(name + ".png");
        Files.copy(page, artefacts.resolve(name + ".html"), StandardCopyOption.REPLACE_EXISTING);
        Path errors = Files.createTempFile("check-page", ".err");
        ProcessBuilder builder = new ProcessBuilder("node", "check-page.mjs", page.toAbsolutePath().toString(),
                screenshot.toString()).directory(browserDirectory.toFile()).redirectError(errors.toFile());
        builder.environment().put("CHROMIUM", chromium);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("the browser check did not finish in " + TIMEOUT_SECONDS + " s");
        }
        String stderr = Files.readString(errors, StandardCharsets.UTF_8);
        Files.delete(errors);
        if (output.isBlank()) {
            fail("the browser check reported nothing (exit " + process.exitValue() + "): " + stderr);
        }
        System.out.println("browser check of " + page + ": screenshot " + screenshot);
        return new Result(process.exitValue(), new ObjectMapper().readTree(output));
    }

    /** This test module's folder: the nearest folder above the working directory that holds the script. */
    private static Path moduleDirectory() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("browser/check-page.mjs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("browser/check-page.mjs not found above " + Path.of("").toAbsolutePath());
    }

    private static boolean nodeRuns() throws InterruptedException {
        try {
            Process node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node.getInputStream().readAllBytes();
            return node.waitFor(30, TimeUnit.SECONDS) && node.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
