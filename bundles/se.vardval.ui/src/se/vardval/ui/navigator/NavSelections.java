package se.vardval.ui.navigator;

import se.vardval.ui.navigator.NavNode.CareChoiceNode;
import se.vardval.ui.navigator.NavNode.ContractNode;
import se.vardval.ui.navigator.NavNode.FolderNode;
import se.vardval.ui.navigator.NavNode.ModelViewNode;
import se.vardval.ui.navigator.NavNode.ProviderNode;
import se.vardval.ui.navigator.NavNode.RulebookNode;
import se.vardval.ui.navigator.NavNode.RunNode;
import se.vardval.ui.navigator.NavNode.ToolNode;
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.navigator.NavNode.UnusedModelNode;

/** What a selected navigator node says about where a new record belongs: its vårdval, provider, unit or model. */
public final class NavSelections {

    private NavSelections() {
    }

    /** The vårdval the node belongs to; null for anything else (no selection, an unused model, a message). */
    public static String careChoice(Object selected) {
        return switch (selected) {
            case CareChoiceNode c -> c.careChoice().id();
            case FolderNode f -> f.careChoice();
            case ProviderNode p -> p.careChoice();
            case UnitNode u -> u.careChoice();
            case ContractNode c -> c.contract().careChoice();
            case RulebookNode r -> r.rulebook().careChoice();
            case RunNode r -> r.run().careChoice();
            case ToolNode t -> t.careChoice();
            case ModelViewNode v -> v.careChoice();
            case null, default -> null;
        };
    }

    /** The organisationsnummer of the provider the node is or belongs to, else null. */
    public static String provider(Object selected) {
        return switch (selected) {
            case ProviderNode p -> p.provider().orgNr();
            case UnitNode u -> u.unit().orgNr();
            case ContractNode c -> c.contract().orgNr();
            case null, default -> null;
        };
    }

    /** The HSA-id of the unit the node is or belongs to, else null. */
    public static String unit(Object selected) {
        return switch (selected) {
            case UnitNode u -> u.unit().hsaId();
            case ContractNode c -> c.contract().hsaId();
            case null, default -> null;
        };
    }

    /** The model type of the vårdval or unused model the node stands for, else null. */
    public static String modelType(Object selected) {
        return switch (selected) {
            case CareChoiceNode c -> c.careChoice().modelType();
            case UnusedModelNode m -> m.modelType();
            case null, default -> null;
        };
    }
}
