package se.vardval.ui.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names a person reads for the audit log's entity types and events ({@code provider}: Vårdgivare,
 * {@code UPDATE}: Ändrad), read from one translated list of {@code code=name} pairs separated by semicolons; a code
 * without a name is shown as itself.
 */
final class AuditNames {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();

    AuditNames(String pairs) {
        for (String pair : pairs.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                names.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
                codes.put(pair.substring(equals + 1).trim(), pair.substring(0, equals).trim());
            }
        }
    }

    /** The name of a code, or the code itself. */
    String nameOf(String code) {
        return code == null ? "" : names.getOrDefault(code, code);
    }

    /** The code a shown name stands for, or the text itself when it is no name of a code. */
    String codeOf(String shown) {
        return Optional.ofNullable(codes.get(shown)).orElse(shown);
    }
}
