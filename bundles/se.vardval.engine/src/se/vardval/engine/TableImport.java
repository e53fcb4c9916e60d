package se.vardval.engine;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RejectedFileError;
import se.vardval.core.service.UserError;
import se.vardval.core.store.FileProblem;

/**
 * Puts a CSV table into a table parameter of a rulebook ({@link TableCsv} reads it) and names the model's problems
 * with the new table by the file's line and column, so that the user reads every bad row as
 * {@code file:line: column: reason}.
 */
final class TableImport {

    private final Rulebook rulebook;
    private final String parameter;
    private final String file;
    private Map<String, Long> lines = Map.of();

    private TableImport(Rulebook rulebook, String parameter, String file) {
        this.rulebook = rulebook;
        this.parameter = parameter.startsWith("parameters.") ? parameter.substring(11) : parameter;
        this.file = file;
    }

    /** An import of the file into the parameter of the rulebook. */
    static TableImport of(Rulebook rulebook, String parameter, Path csv) {
        return new TableImport(rulebook, parameter, csv.getFileName().toString());
    }

    /**
     * The rulebook with the table read from the file; {@code samples} are the same parameter in the model's defaults
     * and the vårdval's other rulebooks, from which a cell takes its type when the table is empty.
     *
     * @throws UserError with every bad row, or when the parameter is not a table
     */
    Rulebook read(Path csv, Stream<JsonNode> samples) {
        JsonNode current = at(rulebook.parameters());
        if (!current.isArray() && !current.isObject()) {
            throw new UserError("'" + parameter + "' är ingen tabellparameter i förfrågningsunderlaget för "
                    + rulebook.careChoice() + " " + rulebook.year());
        }
        boolean map = current.isObject();
        JsonNode template = Stream.concat(Stream.of(current), samples.map(this::at))
                .filter(n -> n.isObject() == map && n.isArray() != map && !n.isEmpty())
                .map(n -> map ? n.elements().next() : n.get(0)).findFirst().orElse(null);
        if (!map && template != null && !template.isObject()) {
            throw new UserError("'" + parameter + "' är en lista av enskilda värden, inte en tabell av rader");
        }
        if (Files.isDirectory(csv)) {
            throw new UserError(csv + " är en katalog, inte en CSV-fil");
        }
        TableCsv.Result result;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            result = TableCsv.read(file, in, map, template);
        } catch (NoSuchFileException e) {
            throw new UserError("filen finns inte: " + csv);
        } catch (IOException e) {
            throw new UserError("kan inte läsa " + csv + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause());
        }
        if (!result.errors().isEmpty()) {
            throw rejected(result.errors());
        }
        lines = result.lines();
        JsonNode parameters = rulebook.parameters().deepCopy();
        parentOf(parameters).set(leaf(), result.table());
        return new Rulebook(rulebook.careChoice(), rulebook.modelType(), rulebook.year(), rulebook.status(),
                rulebook.decision(), parameters);
    }

    /** The model's problems, those of the table's rows named by line and column, the others by their path. */
    RejectedFileError problems(List<ParameterProblem> problems) {
        List<FileProblem> named = new ArrayList<>();
        for (ParameterProblem p : problems) {
            named.add(row(p).orElse(FileProblem.ofFile(file, p.toString())));
        }
        return rejected(named);
    }

    private RejectedFileError rejected(List<FileProblem> problems) {
        return new RejectedFileError(file + " avvisades; förfrågningsunderlaget för " + rulebook.careChoice() + " "
                + rulebook.year() + " är oförändrat", problems);
    }

    private Optional<FileProblem> row(ParameterProblem p) {
        String path = p.path();
        if (!path.startsWith(parameter)) {
            return Optional.empty();
        }
        String rest = path.substring(parameter.length());
        return lines.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(key -> rowOf(key, rest, p.reason())).flatMap(Optional::stream).findFirst();
    }

    private Optional<FileProblem> rowOf(String key, String rest, String reason) {
        String prefix = Character.isDigit(key.charAt(0)) && rest.startsWith("[") ? "[" + key + "]" : "." + key;
        if (!rest.equals(prefix) && !rest.startsWith(prefix + ".")) {
            return Optional.empty();
        }
        String column = rest.length() > prefix.length() ? rest.substring(prefix.length() + 1) : "row";
        return Optional.of(new FileProblem(file, lines.get(key), column, reason));
    }

    private JsonNode at(JsonNode parameters) {
        JsonNode node = parameters;
        for (String step : parameter.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }

    private ObjectNode parentOf(JsonNode parameters) {
        JsonNode node = parameters;
        String[] steps = parameter.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            node = node.path(steps[i]);
        }
        return (ObjectNode) node;
    }

    private String leaf() {
        String[] steps = parameter.split("\\.");
        return steps[steps.length - 1];
    }

    /** The refusal of a file that could not be read to its end: text that is not UTF-8, or the reason given. */
    private UserError unreadable(IOException cause) {
        return cause instanceof CharacterCodingException
                ? new UserError(file + " är inte UTF-8-text; spara den som UTF-8 och importera den igen")
                : new UserError("kan inte läsa " + file + ": " + cause.getMessage(), cause);
    }
}
