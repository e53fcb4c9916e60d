package se.vardval.ui.navigator;

import java.util.Map;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Creatable;

import jakarta.inject.Inject;
import se.vardval.ui.navigator.NavNode.ContractNode;
import se.vardval.ui.navigator.NavNode.Folder;
import se.vardval.ui.navigator.NavNode.FolderNode;
import se.vardval.ui.navigator.NavNode.ModelViewNode;
import se.vardval.ui.navigator.NavNode.ProviderNode;
import se.vardval.ui.navigator.NavNode.RulebookNode;
import se.vardval.ui.navigator.NavNode.RunNode;
import se.vardval.ui.navigator.NavNode.ToolNode;
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.navigator.NavNode.UnusedModelNode;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.PartOpener;

/**
 * What double-clicking a navigator node opens: an editor, a view, the import wizard, the registration of a vårdval of
 * an unused model, or nothing (then it expands).
 */
@Creatable
public class NodeOpener {

    /** The command that opens the import wizard for a vårdval. */
    public static final String IMPORT_COMMAND = "se.vardval.ui.command.import";

    /** The command that registers a new vårdval (of the selected unused model). */
    public static final String NEW_CARE_CHOICE_COMMAND = "se.vardval.ui.command.newCareChoice";

    private final PartOpener parts;
    private final ECommandService commands;
    private final EHandlerService handlers;

    /** Created by injection. */
    @Inject
    public NodeOpener(PartOpener parts, ECommandService commands, EHandlerService handlers) {
        this.parts = parts;
        this.commands = commands;
        this.handlers = handlers;
    }

    /** Opens what the node stands for; false when it is only a container. */
    public boolean open(NavNode node) {
        switch (node) {
            case FolderNode f when f.folder() == Folder.IMPORTS -> handlers
                    .executeHandler(commands.createCommand(IMPORT_COMMAND, Map.of()));
            case FolderNode f when f.folder() == Folder.RUNS -> parts.open(PartIds.RUN, f.careChoice(), null);
            case FolderNode f when f.folder() == Folder.FOLLOW_UP -> parts.open(PartIds.FOLLOW_UP, f.careChoice(), null);
            case FolderNode f when f.folder() == Folder.ACCOUNTS -> parts.open(PartIds.ACCOUNTS, f.careChoice(), null);
            case UnusedModelNode m -> handlers
                    .executeHandler(commands.createCommand(NEW_CARE_CHOICE_COMMAND, Map.of()));
            case ToolNode t -> parts.open(PartIds.TOOL, t.careChoice(), t.toolId());
            case ProviderNode p -> parts.open(PartIds.PROVIDER, p.careChoice(), p.provider().orgNr());
            case UnitNode u -> parts.open(PartIds.UNIT, u.careChoice(), u.unit().hsaId());
            case ContractNode c -> parts.open(PartIds.CONTRACT, c.contract().careChoice(),
                    c.contract().contractId() + "|" + c.contract().hsaId());
            case RulebookNode r -> parts.open(PartIds.RULEBOOK, r.rulebook().careChoice(),
                    Integer.toString(r.rulebook().year()));
            case RunNode r -> parts.open(PartIds.RUN, r.run().careChoice(), Long.toString(r.run().id()));
            case ModelViewNode v -> parts.open(v.view().descriptorId(), v.careChoice(), null);
            default -> {
                return false;
            }
        }
        return true;
    }
}
