package se.vardval.core.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The forms of code values plugins share ({@link CodeForm}): free text, true or false, one of some words, a whole
 * number in a range and a decimal number, and any of them with a rule of its own; each form equals one made alike.
 */
public final class CodeForms {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d+([.,]\\d+)?");

    private CodeForms() {
    }

    /** Any text, kept as written: an id or another register's code, such as a referral's id or a DRG. */
    public static CodeForm text() {
        return new Text();
    }

    /** {@code true} or {@code false} in any case, normalised to lower case. */
    public static CodeForm trueOrFalse() {
        return new TrueOrFalse();
    }

    /** One of the words in any case, normalised to the word as given here, e.g. {@code oneOf("NEW", "RETURN")}. */
    public static CodeForm oneOf(String... words) {
        return new OneOf(List.of(words));
    }

    /** A whole number from {@code min} to {@code max}, normalised without leading zeros. */
    public static CodeForm wholeNumber(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("min " + min + " > max " + max);
        }
        return new WholeNumber(min, max);
    }

    /** A decimal number with a decimal comma or point, normalised to a point. */
    public static CodeForm decimal() {
        return new Decimal();
    }

    /** The form with a rule of its own, e.g. a whole number of days {@code måste vara ett helt antal dagar ≥ 0}. */
    public static CodeForm withRule(CodeForm form, String rule) {
        return new Ruled(form, rule);
    }

    /** Any text. */
    private record Text() implements CodeForm {

        @Override
        public Optional<String> normalise(String value) {
            return Optional.of(value);
        }

        @Override
        public String rule() {
            return "får vara vilken text som helst";
        }
    }

    /** True or false. */
    private record TrueOrFalse() implements CodeForm {

        @Override
        public Optional<String> normalise(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            return lower.equals("true") || lower.equals("false") ? Optional.of(lower) : Optional.empty();
        }

        @Override
        public String rule() {
            return "måste vara true eller false";
        }
    }

    /** One of some words. */
    private record OneOf(List<String> words) implements CodeForm {

        OneOf {
            if (words.isEmpty()) {
                throw new IllegalArgumentException("no words");
            }
        }

        @Override
        public Optional<String> normalise(String value) {
            return words.stream().filter(value::equalsIgnoreCase).findFirst();
        }

        @Override
        public String rule() {
            int last = words.size() - 1;
            return "måste vara " + (last == 0 ? words.get(0)
                    : String.join(", ", words.subList(0, last)) + " eller " + words.get(last));
        }
    }

    /** A whole number in a range. */
    private record WholeNumber(int min, int max) implements CodeForm {

        @Override
        public Optional<String> normalise(String value) {
            if (!WHOLE.matcher(value).matches()) {
                return Optional.empty();
            }
            int number = Integer.parseInt(value);
            return number >= min && number <= max ? Optional.of(Integer.toString(number)) : Optional.empty();
        }

        @Override
        public String rule() {
            return max == Integer.MAX_VALUE ? "måste vara ett heltal ≥ " + min : "måste vara " + min + ".." + max;
        }
    }

    /** A decimal number. */
    private record Decimal() implements CodeForm {

        @Override
        public Optional<String> normalise(String value) {
            return DECIMAL.matcher(value).matches() ? Optional.of(value.replace(',', '.')) : Optional.empty();
        }

        @Override
        public String rule() {
            return "måste vara ett tal";
        }
    }

    /** A form with a rule of its own. */
    private record Ruled(CodeForm form, String rule) implements CodeForm {

        @Override
        public Optional<String> normalise(String value) {
            return form.normalise(value);
        }
    }
}
