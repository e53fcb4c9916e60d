package se.vardval.ui.parts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Saves what a control shows on the screen as a PNG, with SWT's own {@link GC} and {@link ImageLoader}; the control
 * and its children are painted first, so that a page just brought forward is not captured half drawn.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** A window from its top (with the menu bar) to the bottom of its client area, without a missing frame's slack. */
    private static Rectangle window(Shell shell) {
        Rectangle outer = shell.getBounds();
        Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
        return new Rectangle(outer.x, outer.y, outer.width, client.y + client.height - outer.y);
    }

    /** Copies the control's area of the screen into {@code file} (PNG), creating its directory. */
    public static void save(Control control, Path file) throws IOException {
        Point size = control.getSize();
        control.redraw(0, 0, size.x, size.y, true);
        control.update();
        Rectangle bounds = control instanceof Shell shell ? window(shell)
                : control.getDisplay().map(control.getParent(), null, control.getBounds());
        Image image = new Image(control.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Files.createDirectories(file.toAbsolutePath().getParent());
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
