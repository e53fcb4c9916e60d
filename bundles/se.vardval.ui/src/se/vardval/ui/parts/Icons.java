package se.vardval.ui.parts;

import java.net.MalformedURLException;
import java.net.URI;

import org.eclipse.jface.resource.ImageDescriptor;
import org.osgi.framework.FrameworkUtil;

/** The client's icons ({@code icons/<name>.png} in this bundle) and icons named by a URI in a model element. */
public final class Icons {

    private Icons() {
    }

    /** The client's own icon of that name. */
    public static ImageDescriptor named(String name) {
        return ImageDescriptor.createFromURL(FrameworkUtil.getBundle(Icons.class).getEntry("icons/" + name + ".png"));
    }

    /** The icon a model element names, e.g. {@code platform:/plugin/se.vardval.halsoval.ui/icons/cni.png}. */
    public static ImageDescriptor uri(String uri) {
        try {
            return ImageDescriptor.createFromURL(URI.create(uri).toURL());
        } catch (MalformedURLException | IllegalArgumentException e) {
            return ImageDescriptor.getMissingImageDescriptor();
        }
    }
}
