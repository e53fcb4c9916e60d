package se.vardval.ui.navigator;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

import se.vardval.core.domain.RulebookStatus;
import se.vardval.ui.api.ModelPresentation;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.navigator.NavNode.CareChoiceNode;
import se.vardval.ui.navigator.NavNode.ContractNode;
import se.vardval.ui.navigator.NavNode.Folder;
import se.vardval.ui.navigator.NavNode.FolderNode;
import se.vardval.ui.navigator.NavNode.MessageNode;
import se.vardval.ui.navigator.NavNode.ModelViewNode;
import se.vardval.ui.navigator.NavNode.ProviderNode;
import se.vardval.ui.navigator.NavNode.RulebookNode;
import se.vardval.ui.navigator.NavNode.RunNode;
import se.vardval.ui.navigator.NavNode.ToolNode;
import se.vardval.ui.navigator.NavNode.UnitNode;
import se.vardval.ui.navigator.NavNode.UnusedModelNode;
import se.vardval.ui.parts.Icons;

/** Texts and icons of the navigator's nodes; a model's icon comes from its plugin's {@link ModelPresentation}. */
public class NavigatorLabels extends LabelProvider implements IColorProvider {

    private static final Map<Folder, String> FOLDER_ICONS = Map.of(Folder.PROVIDERS, "providers", Folder.RULEBOOKS,
            "rulebooks", Folder.IMPORTS, "import", Folder.RUNS, "runs", Folder.FOLLOW_UP, "followup", Folder.ACCOUNTS, "contract", Folder.TOOLS, "model");

    private final Messages messages;
    private final ResourceManager resources;
    private final Supplier<List<ModelPresentation>> presentations;

    /** Labels in the client's language with icons from {@code resources} (which owns the images). */
    public NavigatorLabels(Messages messages, ResourceManager resources,
            Supplier<List<ModelPresentation>> presentations) {
        this.messages = messages;
        this.resources = resources;
        this.presentations = presentations;
    }

    @Override
    public String getText(Object element) {
        return switch ((NavNode) element) {
            case CareChoiceNode c -> c.modelName() == null
                    ? NLS.bind(messages.nav_modelMissing, c.careChoice().name(), c.careChoice().modelType())
                    : c.careChoice().name();
            case UnusedModelNode m -> NLS.bind(messages.nav_unusedModel, m.modelName());
            case FolderNode f -> folder(f.folder());
            case ProviderNode p -> contracted(p.provider().name(), p.contracted());
            case UnitNode u -> contracted(u.unit().name(), u.contracted());
            case ContractNode c -> NLS.bind(messages.nav_contract, new Object[] { c.contract().contractId(),
                    SwedishFormat.date(c.contract().validFrom()), SwedishFormat.date(c.contract().validTo()) });
            case RulebookNode r -> NLS.bind(messages.nav_rulebook, r.rulebook().year(),
                    r.rulebook().status() == RulebookStatus.DECIDED ? messages.status_decided : messages.status_draft);
            case RunNode r -> NLS.bind(messages.nav_run, new Object[] { SwedishFormat.month(r.run().period()),
                    messages.runState(r.run().state()), r.run().id() });
            case ToolNode t -> t.name();
            case ModelViewNode v -> v.view().label();
            case MessageNode m -> m.message();
        };
    }

    private String contracted(String name, boolean contracted) {
        return contracted ? name : NLS.bind(messages.nav_withoutContract, name);
    }

    /** Providers and units without a contract are greyed, as not yet part of the vårdval. */
    @Override
    public Color getForeground(Object element) {
        boolean withoutContract = switch (element) {
            case ProviderNode p -> !p.contracted();
            case UnitNode u -> !u.contracted();
            default -> false;
        };
        return withoutContract ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
    }

    @Override
    public Color getBackground(Object element) {
        return null;
    }

    private String folder(Folder folder) {
        return switch (folder) {
            case PROVIDERS -> messages.nav_providers;
            case RULEBOOKS -> messages.nav_rulebooks;
            case IMPORTS -> messages.nav_imports;
            case RUNS -> messages.nav_runs;
            case FOLLOW_UP -> messages.nav_followUp;
            case ACCOUNTS -> messages.nav_accounts;
            case TOOLS -> messages.nav_tools;
        };
    }

    @Override
    public Image getImage(Object element) {
        return switch ((NavNode) element) {
            case CareChoiceNode c -> modelIcon(c.careChoice().modelType());
            case UnusedModelNode m -> modelIcon(m.modelType());
            case FolderNode f -> icon(FOLDER_ICONS.get(f.folder()));
            case ProviderNode p -> icon("provider");
            case UnitNode u -> icon("unit");
            case ContractNode c -> icon("contract");
            case RulebookNode r -> icon(r.rulebook().status() == RulebookStatus.DECIDED ? "rulebook" : "draft");
            case RunNode r -> icon("run");
            case ToolNode t -> icon("view");
            case ModelViewNode v -> v.view().iconUri() == null ? icon("view") : image(v.view().iconUri());
            case MessageNode m -> icon("warning");
        };
    }

    private Image modelIcon(String modelType) {
        return presentations.get().stream().filter(p -> p.modelType().equals(modelType)).findFirst()
                .map(p -> resources.create(ImageDescriptor.createFromURL(p.icon()))).orElseGet(() -> icon("model"));
    }

    private Image icon(String name) {
        return resources.create(Icons.named(name));
    }

    private Image image(String uri) {
        return resources.create(Icons.uri(uri));
    }
}
