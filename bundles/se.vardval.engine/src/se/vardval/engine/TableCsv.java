package se.vardval.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.vardval.core.store.FileProblem;

/**
 * Reads a CSV file (data-formats.md: {@code ;}, UTF-8 with an optional BOM, header on line 1, {@code .} or {@code ,}
 * as decimal separator, {@code x_} columns ignored) into a table parameter of a rulebook: an array of objects, whose
 * columns are the objects' fields, or a map of code to value, whose first column is the code and whose other
 * column(s) the value (one column for a number or text, the fields for an object). Each cell takes the type of the
 * template's (the table's first row or entry, else the model's default, else the vårdval's other rulebooks), a number
 * whole or exact; without a template a number, true/false or text as written. Every bad row is reported as {@code file:line: column: reason}.
 */
final class TableCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,18}");
    private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

    /** The table read, the line of each row (by array index or map key), or the errors. */
    record Result(JsonNode table, Map<String, Long> lines, List<FileProblem> errors) {
    }

    private final String file;
    private final List<FileProblem> errors = new ArrayList<>();
    private final Map<String, Long> lines = new HashMap<>();
    private int width;

    private TableCsv(String file) {
        this.file = file;
    }

    /**
     * Reads the table; {@code map} tells a map of code to value from an array of objects, {@code template} is a row
     * (array) or a value (map) to take field names and types from, or null.
     */
    static Result read(String file, Reader in, boolean map, JsonNode template) {
        TableCsv reader = new TableCsv(file);
        JsonNode table = reader.parse(in, map, template);
        return new Result(reader.errors.isEmpty() ? table : null, Map.copyOf(reader.lines),
                List.copyOf(reader.errors));
    }

    private JsonNode parse(Reader in, boolean map, JsonNode template) {
        try (BufferedReader reader = new BufferedReader(in)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            CSVParser csv = FORMAT.parse(reader);
            Iterator<CSVRecord> records = csv.iterator();
            if (!records.hasNext()) {
                error(1, "header", "filen är tom");
                return null;
            }
            CSVRecord header = records.next();
            width = header.size();
            List<Column> columns = header(header, map, template);
            if (!errors.isEmpty()) {
                return null;
            }
            JsonNode table = map ? JSON.objectNode() : JSON.arrayNode();
            Map<String, Long> firstLine = new HashMap<>();
            long line = csv.getCurrentLineNumber() + 1;
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (!(record.size() == 1 && record.get(0).isBlank())) {
                    row(table, columns, record, line, firstLine);
                }
                line = csv.getCurrentLineNumber() + 1;
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (UncheckedIOException | IllegalStateException e) {
            error(0, "row", "oläslig CSV: " + (e.getCause() != null ? e.getCause() : e).getMessage());
            return null;
        }
    }

    /** A column of the file: its name as in the file, the field it fills (null: the map's code) and a sample. */
    private record Column(int index, String name, String field, JsonNode sample) {
    }

    private List<Column> header(CSVRecord header, boolean map, JsonNode template) {
        boolean objects = template != null ? template.isObject() : !map || header.size() > 2;
        Map<String, String> expected = new LinkedHashMap<>();
        if (objects && template != null) {
            template.fieldNames().forEachRemaining(f -> expected.put(f.toLowerCase(Locale.ROOT), f));
        }
        List<Column> columns = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                error(1, "column " + (i + 1), "tomt kolumnnamn");
            } else if (!seen.add(lower)) {
                error(1, name, "kolumnen förekommer två gånger");
            } else if (map && i == 0) {
                columns.add(new Column(i, name, null, null));
            } else if (!lower.startsWith("x_")) {
                column(columns, i, name, objects, expected, template);
            }
        }
        expected.values().forEach(f -> error(1, f, "kolumnen saknas"));
        if (!objects && columns.size() < 2) {
            error(1, "header", "två kolumner förväntades: koden och dess värde");
        }
        if (objects && template != null) {
            List<String> order = fieldNames(template);
            columns.sort(Comparator.comparingInt(c -> c.field() == null ? -1 : order.indexOf(c.field())));
        }
        return columns;
    }

    private void column(List<Column> columns, int i, String name, boolean objects, Map<String, String> expected,
            JsonNode template) {
        if (!objects) {
            if (columns.size() > 1) {
                error(1, name, "okänd kolumn: en tabell av kod och värde har två kolumner");
            } else {
                columns.add(new Column(i, name, "", template));
            }
        } else if (template == null) {
            columns.add(new Column(i, name, name, null));
        } else {
            String field = expected.remove(name.toLowerCase(Locale.ROOT));
            if (field == null) {
                error(1, name, "okänd kolumn (förväntade " + String.join(";", fieldNames(template))
                        + " eller ett namn som börjar med x_)");
            } else {
                columns.add(new Column(i, name, field, template.get(field)));
            }
        }
    }

    private static List<String> fieldNames(JsonNode template) {
        List<String> names = new ArrayList<>();
        template.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void row(JsonNode table, List<Column> columns, CSVRecord record, long line, Map<String, Long> firstLine) {
        if (record.size() != width) {
            error(line, "row", record.size() + " fält men rubrikraden har " + width);
            return;
        }
        int before = errors.size();
        String key = null;
        ObjectNode object = JSON.objectNode();
        JsonNode scalar = null;
        for (Column c : columns) {
            String text = record.get(c.index()).strip();
            if (c.field() == null) {
                key = text;
                if (text.isEmpty()) {
                    error(line, c.name(), "tom kod");
                } else if (firstLine.containsKey(text)) {
                    error(line, c.name(), "koden '" + text + "' förekommer två gånger (först på rad "
                            + firstLine.get(text) + ")");
                }
            } else if (c.field().isEmpty()) {
                scalar = value(text, c, line);
            } else {
                JsonNode value = value(text, c, line);
                if (value != null) {
                    object.set(c.field(), value);
                }
            }
        }
        if (errors.size() > before) {
            return;
        }
        JsonNode value = scalar != null ? scalar : object;
        if (table instanceof ObjectNode map) {
            firstLine.put(key, line);
            lines.put(key, line);
            map.set(key, value);
        } else {
            lines.put(Integer.toString(table.size()), line);
            ((ArrayNode) table).add(value);
        }
    }

    private JsonNode value(String text, Column c, long line) {
        if (text.isEmpty()) {
            error(line, c.name(), "tomt värde");
            return null;
        }
        JsonNode sample = c.sample();
        if (sample == null) {
            return inferred(text);
        }
        if (sample.isNumber()) {
            if (!DECIMAL.matcher(text).matches()) {
                error(line, c.name(), "inte ett tal: '" + text + "'");
                return null;
            }
            return number(text);
        }
        if (sample.isBoolean()) {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                error(line, c.name(), "måste vara true eller false: '" + text + "'");
                return null;
            }
            return BooleanNode.valueOf(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        return JSON.textNode(text);
    }

    private static JsonNode inferred(String text) {
        if (DECIMAL.matcher(text).matches()) {
            return number(text);
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        return JSON.textNode(text);
    }

    /** A whole number as an integer, any other as an exact decimal; the model says whether it fits. */
    private static JsonNode number(String text) {
        return WHOLE.matcher(text).matches() ? JSON.numberNode(Long.parseLong(text))
                : JSON.numberNode(new BigDecimal(text.replace(',', '.')));
    }

    private void error(long line, String column, String reason) {
        errors.add(new FileProblem(file, line, column, reason));
    }
}
