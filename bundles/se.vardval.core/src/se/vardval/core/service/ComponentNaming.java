package se.vardval.core.service;

import java.util.function.UnaryOperator;

import se.vardval.core.model.CodeNames;

/**
 * The names of a vårdval's payment components as its administrators read them: its model's names, with a
 * tilläggsuppdrag or indicator named as the region's data names it ("Tilläggsuppdrag Jourverksamhet i glesbygd").
 */
public interface ComponentNaming {

    /** The component names of a vårdval; the codes themselves when the vårdval or its model is unknown. */
    UnaryOperator<String> namesOf(String careChoiceId);

    /** The names the region's data gives a vårdval's tilläggsuppdrag and indicator codes, where it gives them. */
    CodeNames codeNamesOf(String careChoiceId);
}
