package se.vardval.core.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.vardval.core.service.UserError;

/** A run on parameters with problems is refused with every problem named. */
class ParameterProblemTest {

    @Test
    void refusesNamingEveryProblem() {
        UserError e = assertThrows(UserError.class, () -> ParameterProblem.requireNone("Hälsoval", List.of(
                new ParameterProblem("capitation.ageWeights[3].weight", "får inte vara negativ"),
                new ParameterProblem("vatCompensation.percent", "saknas"))));
        assertEquals("Förfrågningsunderlagets parametrar för Hälsoval är ogiltiga: capitation.ageWeights[3].weight: "
                + "får inte vara negativ; vatCompensation.percent: saknas", e.getMessage());
    }

    @Test
    void acceptsParametersWithoutProblems() {
        assertDoesNotThrow(() -> ParameterProblem.requireNone("Hälsoval", List.of()));
    }
}
