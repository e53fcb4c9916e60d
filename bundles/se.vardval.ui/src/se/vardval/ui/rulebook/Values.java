package se.vardval.ui.rulebook;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;

import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.rulebook.ParameterNode.Kind;

/** Converts between a parameter's JSON value and the text an editor shows (numbers the Swedish way). */
final class Values {

    private Values() {
    }

    /** The text of a value: empty for none, numbers as {@code 2 453} or {@code 0,33}. */
    static String text(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isNumber()) {
            return SwedishFormat.number(value.decimalValue());
        }
        return value.isContainerNode() ? value.toString() : value.asText();
    }

    /**
     * The value typed for a field of {@code kind}: empty is null; a number field takes Swedish or point decimals; a
     * text field of unknown type is read as a number or boolean when it looks like one.
     *
     * @throws NumberFormatException when a number field holds something else
     */
    static JsonNode parse(String text, Kind kind) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return NullNode.getInstance();
        }
        return switch (kind) {
            case NUMBER -> number(SwedishFormat.parse(trimmed));
            case BOOLEAN -> BooleanNode.valueOf(Boolean.parseBoolean(trimmed));
            case CHOICE -> TextNode.valueOf(trimmed);
            case TEXT -> loose(trimmed);
        };
    }

    private static JsonNode loose(String text) {
        if (text.equals("true") || text.equals("false")) {
            return BooleanNode.valueOf(Boolean.parseBoolean(text));
        }
        try {
            return number(SwedishFormat.parse(text));
        } catch (NumberFormatException e) {
            return TextNode.valueOf(text);
        }
    }

    private static JsonNode number(BigDecimal value) {
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() <= 0 ? LongNode.valueOf(plain.longValueExact()) : DecimalNode.valueOf(plain);
    }
}
