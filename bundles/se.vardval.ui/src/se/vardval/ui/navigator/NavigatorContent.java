package se.vardval.ui.navigator;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;

import se.vardval.ui.i18n.Messages;
import se.vardval.ui.navigator.NavNode.MessageNode;

/**
 * Feeds the navigator tree from its input, a {@link NavigatorTree} (or a list of message nodes when there is nothing
 * to read); a store that fails shows its message as a node.
 */
class NavigatorContent implements ITreeContentProvider {

    private final Messages messages;
    private NavigatorTree tree;

    NavigatorContent(Messages messages) {
        this.messages = messages;
    }

    @Override
    public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
        tree = newInput instanceof NavigatorTree t ? t : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof List<?> list) {
            return list.toArray();
        }
        return read(tree::roots);
    }

    @Override
    public Object[] getChildren(Object parent) {
        return tree == null ? new Object[0] : read(() -> tree.children((NavNode) parent));
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return tree != null && element instanceof NavNode node && tree.hasChildren(node);
    }

    private Object[] read(Supplier<List<NavNode>> nodes) {
        try {
            return nodes.get().toArray();
        } catch (RuntimeException e) {
            return new Object[] { new MessageNode(NLS.bind(messages.nav_unavailable, e.getMessage())) };
        }
    }
}
