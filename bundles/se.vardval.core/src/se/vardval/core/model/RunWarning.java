package se.vardval.core.model;

import java.util.Comparator;

/** Something an administrator must see before approving a run; {@code hsaId} is null for run-wide warnings. */
public record RunWarning(String hsaId, String code, String message) {

    /** The order of a month's warnings: run-wide ones first, then by unit, code and message. */
    public static final Comparator<RunWarning> ORDER = Comparator
            .comparing(RunWarning::hsaId, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
            .thenComparing(RunWarning::code).thenComparing(RunWarning::message);
}
