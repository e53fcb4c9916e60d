package se.vardval.ui.navigator;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;

/** An item of the navigator: a vårdval and what belongs to it. */
public sealed interface NavNode {

    /** The folders under each vårdval. */
    enum Folder {
        /**
         * Providers with a contract in the vårdval, then their units and contract rows; then the providers and units
         * without a contract in any vårdval.
         */
        PROVIDERS,
        /** Rulebooks by year. */
        RULEBOOKS,
        /** The import wizard for the spec's CSV files. */
        IMPORTS,
        /** Payment runs, newest first. */
        RUNS,
        /** Follow-up: indicators per unit. */
        FOLLOW_UP,
        /** The finance account of each payment component (a vårdval setting). */
        ACCOUNTS,
        /** The model tools the vårdval's model plugin offers. */
        TOOLS
    }

    /** A vårdval instance; {@code modelName} is null when its model plugin is not installed. */
    record CareChoiceNode(CareChoice careChoice, String modelName) implements NavNode {
    }

    /** An installed model that no vårdval of the region uses yet. */
    record UnusedModelNode(String modelType, String modelName) implements NavNode {
    }

    /** A folder of a vårdval. */
    record FolderNode(String careChoice, Folder folder) implements NavNode {
    }

    /**
     * A provider under a vårdval: one with a contract in it, or ({@code contracted} false) one that has no contract in
     * any vårdval yet, such as a newly registered provider.
     */
    record ProviderNode(String careChoice, Provider provider, boolean contracted) implements NavNode {
    }

    /**
     * A unit under a vårdval: one covered by a contract in it, or ({@code contracted} false) one of the provider's
     * units that no contract of any vårdval covers yet.
     */
    record UnitNode(String careChoice, Unit unit, boolean contracted) implements NavNode {
    }

    /** One contract row covering a unit. */
    record ContractNode(Contract contract) implements NavNode {
    }

    /** A rulebook of one year. */
    record RulebookNode(Rulebook rulebook) implements NavNode {
    }

    /** A stored payment run. */
    record RunNode(PaymentRun run) implements NavNode {
    }

    /** A model tool of the vårdval, offered by its model plugin. */
    record ToolNode(String careChoice, String toolId, String name) implements NavNode {
    }

    /** A view contributed through a fragment, by the vårdval's model plugin or for every vårdval. */
    record ModelViewNode(String careChoice, ModelView view) implements NavNode {
    }

    /** A message in place of content that could not be read, e.g. when the database is unreachable. */
    record MessageNode(String message) implements NavNode {
    }
}
