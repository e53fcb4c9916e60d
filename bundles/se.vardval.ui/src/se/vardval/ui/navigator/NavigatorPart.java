package se.vardval.ui.navigator;

import java.util.List;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TreeItem;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.ModelTools;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.api.ModelPresentation;
import se.vardval.ui.app.Connection;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.navigator.NavNode.MessageNode;
import se.vardval.ui.navigator.NavNode.ToolNode;
import se.vardval.ui.parts.PartIds;

/**
 * The navigator: the region's vårdval with their providers, units and contracts, rulebooks, imports, runs, follow-up
 * and the views of each model plugin. Double-click opens an item; the selected node is the workbench selection, which
 * the context menu's commands register new records under.
 */
public class NavigatorPart {

    /** The navigator's context menu: new vårdval, providers, units and contract rows. */
    public static final String POPUP_MENU = "se.vardval.ui.popupmenu.navigator";

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Optional
    @Service
    MasterDataStore masterData;

    @Inject
    @Optional
    @Service
    RulebookStore rulebooks;

    @Inject
    @Optional
    @Service
    RunStore runs;

    @Inject
    @Optional
    @Service
    ModelCatalog models;

    @Inject
    @Optional
    @Service
    List<ModelPresentation> presentations;

    @Inject
    @Optional
    @Service
    ModelTools tools;

    @Inject
    @Optional
    @Named(TranslationService.LOCALE)
    Locale locale;

    @Inject
    @Optional
    Connection connection;

    @Inject
    @Optional
    ActingUser user;

    @Inject
    MApplication application;

    @Inject
    ESelectionService selection;

    @Inject
    NodeOpener opener;

    @Inject
    @Optional
    EMenuService menus;

    private TreeViewer viewer;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
        Label database = new Label(parent, SWT.WRAP);
        database.setText(NLS.bind(messages.nav_database, connection == null ? "-" : connection.describe(),
                user == null ? "-" : user.name()));
        database.setData(ClientTags.WIDGET_KEY, "navigator.database");
        GridDataFactory.fillDefaults().grab(true, false).indent(4, 4).applyTo(database);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setData(ClientTags.WIDGET_KEY, "navigator.tree");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new NavigatorContent(messages));
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), viewer.getControl());
        viewer.setLabelProvider(
                new NavigatorLabels(messages, resources, () -> presentations == null ? List.of() : presentations));
        reload();
        viewer.addSelectionChangedListener(e -> selection.setSelection(
                ((IStructuredSelection) e.getSelection()).getFirstElement()));
        viewer.addDoubleClickListener(e -> open(((IStructuredSelection) e.getSelection()).getFirstElement()));
        if (menus != null) {
            menus.registerContextMenu(viewer.getControl(), POPUP_MENU);
        }
    }

    private void open(Object node) {
        if (node instanceof NavNode navNode && !opener.open(navNode)) {
            viewer.setExpandedState(node, !viewer.getExpandedState(node));
        }
    }

    @Inject
    @Optional
    void dataChanged(@UIEventTopic(PartIds.DATA_CHANGED) Object change) {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            Object[] expanded = viewer.getExpandedElements();
            ISelection selected = viewer.getSelection();
            Object top = viewer.getTree().getTopItem() == null ? null : viewer.getTree().getTopItem().getData();
            reload();
            viewer.setExpandedElements(expanded);
            viewer.setSelection(selected, false);
            if (top != null) {
                scrollTo(viewer.getTree().getItems(), top);
            }
        }
    }

    /** Scrolls the item showing {@code element} to the top, if it is among {@code items} or their shown descendants. */
    private static boolean scrollTo(TreeItem[] items, Object element) {
        for (TreeItem item : items) {
            if (element.equals(item.getData())) {
                item.getParent().setTopItem(item);
                return true;
            }
            if (item.getExpanded() && scrollTo(item.getItems(), element)) {
                return true;
            }
        }
        return false;
    }

    private void reload() {
        if (masterData == null || rulebooks == null || runs == null || models == null) {
            viewer.setInput(List.of(new MessageNode(messages.nav_noServices)));
            return;
        }
        viewer.setInput(new NavigatorTree(masterData, rulebooks, runs, models, new ModelViews(application)::of,
                this::toolNodes));
        viewer.expandToLevel(2);
    }

    private List<ToolNode> toolNodes(String careChoice) {
        return tools == null ? List.of() : tools.tools(careChoice).stream()
                .map(tool -> new ToolNode(careChoice, tool.id(), tool.name(locale))).toList();
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }
}
