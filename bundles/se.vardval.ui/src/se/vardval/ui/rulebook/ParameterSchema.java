package se.vardval.ui.rulebook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.ui.rulebook.ParameterNode.Column;
import se.vardval.ui.rulebook.ParameterNode.Field;
import se.vardval.ui.rulebook.ParameterNode.Group;
import se.vardval.ui.rulebook.ParameterNode.Kind;
import se.vardval.ui.rulebook.ParameterNode.Table;

/**
 * Derives the editor's shape from parameters and examples of them, so that a model needs no UI code to be edited: the
 * model's defaults show every parameter, other rulebooks show what a value holds where the defaults leave it empty
 * (a null, an empty table), and {@code choices} names the values an enumerated parameter accepts. An array of arrays,
 * such as a rate table by age group and care-need group, is a table with a column per position.
 */
public final class ParameterSchema {

    private static final Pattern ENUM_LIKE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final List<JsonNode> examples;
    private final Function<JsonPath, List<String>> choices;

    /**
     * A schema from examples (the model's defaults first, then other rulebooks' parameters) and a source of the
     * accepted values of an enumerated parameter at a path (empty when it cannot tell).
     */
    public ParameterSchema(List<JsonNode> examples, Function<JsonPath, List<String>> choices) {
        this.examples = examples;
        this.choices = choices;
    }

    /** The groups, tables and fields of {@code parameters}. */
    public Group describe(JsonNode parameters) {
        List<JsonNode> samples = new ArrayList<>();
        samples.add(parameters);
        samples.addAll(examples);
        return group(JsonPath.ROOT, "", samples);
    }

    private Group group(JsonPath path, String key, List<JsonNode> samples) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode sample : samples) {
            sample.fieldNames().forEachRemaining(keys::add);
        }
        List<ParameterNode> children = new ArrayList<>();
        for (String child : keys) {
            children.add(node(path.key(child), child, samples.stream().map(s -> s.path(child)).toList()));
        }
        return new Group(path, key, children);
    }

    private ParameterNode node(JsonPath path, String key, List<JsonNode> samples) {
        List<JsonNode> objects = samples.stream().filter(JsonNode::isObject).toList();
        if (!objects.isEmpty()) {
            return group(path, key, objects);
        }
        List<JsonNode> rows = new ArrayList<>();
        samples.stream().filter(JsonNode::isArray).forEach(a -> a.forEach(rows::add));
        if (rows.stream().anyMatch(JsonNode::isObject)) {
            return table(path, key, rows);
        }
        if (rows.stream().anyMatch(JsonNode::isArray)) {
            return matrix(path, key, rows);
        }
        return field(path, key, samples);
    }

    /** An array of arrays of values: a column per position, numbered from 1. */
    private static Table matrix(JsonPath path, String key, List<JsonNode> rows) {
        int width = rows.stream().mapToInt(JsonNode::size).max().orElse(0);
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            int position = i;
            columns.add(new Column(Integer.toString(i + 1), kind(rows.stream().map(r -> r.path(position)).toList()),
                    List.of()));
        }
        return new Table(path, key, columns, true);
    }

    private Table table(JsonPath path, String key, List<JsonNode> rows) {
        Set<String> keys = new LinkedHashSet<>();
        rows.forEach(row -> row.fieldNames().forEachRemaining(keys::add));
        List<Column> columns = new ArrayList<>();
        for (String column : keys) {
            List<JsonNode> values = rows.stream().map(r -> r.path(column)).toList();
            Kind kind = kind(values);
            columns.add(new Column(column, kind, kind == Kind.CHOICE ? choices(path.index(0).key(column), values)
                    : List.of()));
        }
        return new Table(path, key, columns, false);
    }

    private Field field(JsonPath path, String key, List<JsonNode> samples) {
        Kind kind = kind(samples);
        return new Field(path, key, kind, kind == Kind.CHOICE ? choices(path, samples) : List.of());
    }

    private static Kind kind(List<JsonNode> values) {
        for (JsonNode value : values) {
            if (value.isNumber()) {
                return Kind.NUMBER;
            }
            if (value.isBoolean()) {
                return Kind.BOOLEAN;
            }
            if (value.isTextual()) {
                return ENUM_LIKE.matcher(value.asText()).matches() ? Kind.CHOICE : Kind.TEXT;
            }
        }
        return Kind.TEXT;
    }

    /** The values the model names for the path, else the values the samples hold. */
    private List<String> choices(JsonPath path, List<JsonNode> samples) {
        List<String> named = choices.apply(path);
        if (!named.isEmpty()) {
            return named;
        }
        Set<String> seen = new LinkedHashSet<>();
        samples.stream().filter(JsonNode::isTextual).map(JsonNode::asText).forEach(seen::add);
        return List.copyOf(seen);
    }
}
