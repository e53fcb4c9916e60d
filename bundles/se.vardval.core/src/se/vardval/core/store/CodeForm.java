package se.vardval.core.store;

import java.util.Optional;

/**
 * The form the value of one key of an activity's {@code codes} must have, and the value's normal form: a risk group
 * 1..4, true or false, one of a few words, a whole number of days, a decimal number, free text. {@link CodeForms} makes
 * the common forms, each equal to another made alike, so that two plugins reading the same key can declare it alike.
 */
public interface CodeForm {

    /**
     * The value in its normal form (e.g. {@code new} as {@code NEW}), or empty when it does not have this form.
     *
     * @param value the value as written, stripped and not empty
     */
    Optional<String> normalise(String value);

    /** What a value must be, the reason a value without this form is refused for, e.g. {@code måste vara 1..4}. */
    String rule();
}
