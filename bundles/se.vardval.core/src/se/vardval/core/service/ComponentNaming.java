package se.vardval.core.service;

import java.util.List;
import java.util.function.UnaryOperator;

import se.vardval.core.model.CodeNames;

/**
 * The names of a vårdval's payment components as its administrators read them: its model's names, with a
 * tilläggsuppdrag or indicator named as the region's data names it ("Tilläggsuppdrag Jourverksamhet i glesbygd"), and
 * the names of components paid as decided payments ({@link DecidedComponentNames}); also which components the vårdval
 * pays at all.
 */
public interface ComponentNaming {

    /** The component names of a vårdval; the codes themselves when the vårdval or its model is unknown. */
    UnaryOperator<String> namesOf(String careChoiceId);

    /** The names the region's data gives a vårdval's tilläggsuppdrag and indicator codes, where it gives them. */
    CodeNames codeNamesOf(String careChoiceId);

    /**
     * The whole codes of the components the vårdval pays, for choosing one: its model's and the decided payments',
     * in alphabetical order (codes behind a prefix, such as a target's indicator, are the region's data and not
     * listed).
     */
    List<String> componentCodesOf(String careChoiceId);

    /**
     * Refuses a component that no payment line of the vårdval can have: neither its model pays it nor a decided
     * payment does. A vårdval whose model does not list its components, or is not installed, refuses none.
     *
     * @throws UserError naming the components the vårdval pays
     */
    void requireComponent(String careChoiceId, String component);
}
