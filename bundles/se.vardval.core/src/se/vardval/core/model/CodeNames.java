package se.vardval.core.model;

import java.util.Optional;

/** The names the region's data gives its codes (a tilläggsuppdrag's, an indicator's), where it gives one. */
@FunctionalInterface
public interface CodeNames {

    /** Names no code. */
    CodeNames NONE = (kind, code) -> Optional.empty();

    /** The name of a code of this kind, if the data names it. */
    Optional<String> nameOf(CodeKind kind, String code);

    /**
     * The code's name followed by the code in brackets, so that an administrator finds it in the region's files
     * ("Medicinsk bedömning inom 3 dagar (3:an) (CARE_GUARANTEE_3)"); the code alone where the data does not name it.
     */
    default String labelOf(CodeKind kind, String code) {
        return nameOf(kind, code).map(name -> name + " (" + code + ")").orElse(code);
    }
}
