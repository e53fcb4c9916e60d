package se.vardval.ui.run;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import se.vardval.ui.api.ClientTags;

/**
 * A line in small type under a chart, where its legend would stand, saying that pointing at a bar names its part
 * ({@link SegmentTips}): shown only while the legend is hidden, and taking no room otherwise.
 */
final class HoverHint {

    /** Points the line's type is smaller than the chart's. */
    private static final int SMALLER = -1;
    /** Pixels between the line's text and the part's right and bottom edges. */
    private static final int MARGIN = 4;

    private final CLabel line;

    /** The line {@code text} at the end of {@code area}, keyed {@code <key>.hint}, hidden until {@link #show}. */
    HoverHint(Composite area, String key, String text) {
        line = new CLabel(area, SWT.NONE);
        line.setAlignment(SWT.RIGHT);
        line.setMargins(0, 0, MARGIN, MARGIN);
        line.setData(ClientTags.WIDGET_KEY, key + ".hint");
        line.setText(text);
        line.setFont(new LocalResourceManager(JFaceResources.getResources(), line)
                .create(FontDescriptor.createFrom(area.getFont()).increaseHeight(SMALLER)));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        show(false);
    }

    /** Shows the line, or hides it and gives its room back to the chart, laying the area out when that changes. */
    void show(boolean shown) {
        GridData layout = (GridData) line.getLayoutData();
        if (layout.exclude == !shown) {
            return;
        }
        layout.exclude = !shown;
        line.setVisible(shown);
        line.requestLayout();
    }
}
