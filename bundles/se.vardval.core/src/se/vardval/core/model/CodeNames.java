package se.vardval.core.model;

import java.util.Optional;

/** The names the region's data gives its codes (a tilläggsuppdrag's, an indicator's), where it gives one. */
@FunctionalInterface
public interface CodeNames {

    /** Names no code. */
    CodeNames NONE = (kind, code) -> Optional.empty();

    /** The name of a code of this kind, if the data names it. */
    Optional<String> nameOf(CodeKind kind, String code);
}
