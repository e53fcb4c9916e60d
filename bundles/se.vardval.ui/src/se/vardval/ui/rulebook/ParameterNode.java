package se.vardval.ui.rulebook;

import java.util.List;

/**
 * The shape of a model's parameters as the generic rulebook editor shows them: objects are groups, arrays of objects
 * and arrays of arrays (a matrix) are tables, and numbers, booleans and enumerated strings are fields.
 */
public sealed interface ParameterNode {

    /** What a field holds, and so which editor it gets. */
    enum Kind {
        /** A decimal number (typed the Swedish way or with a point); empty means not set. */
        NUMBER,
        /** A yes/no switch. */
        BOOLEAN,
        /** One of the values the model accepts. */
        CHOICE,
        /** Free text, or a value whose type nothing shows (then read as number, boolean or text by its look). */
        TEXT
    }

    /** Where the node is in the parameter object. */
    JsonPath path();

    /** Its key in the parent object (the last step of the path). */
    String key();

    /** An object: a group of the nodes of its keys. */
    record Group(JsonPath path, String key, List<ParameterNode> children) implements ParameterNode {
    }

    /**
     * An array of objects, a table with a column per key that rows have; or, {@code positional}, an array of arrays,
     * a table with a column per position (keys {@code 1}, {@code 2}, ...).
     */
    record Table(JsonPath path, String key, List<Column> columns, boolean positional) implements ParameterNode {
    }

    /** A single value. */
    record Field(JsonPath path, String key, Kind kind, List<String> choices) implements ParameterNode {
    }

    /** A column of a table: the key in each row and what it holds. */
    record Column(String key, Kind kind, List<String> choices) {
    }
}
