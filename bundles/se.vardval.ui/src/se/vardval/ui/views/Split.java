package se.vardval.ui.views;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;

/** The area of a one-column view below its bar, split between its parts, e.g. a table above a chart. */
public final class Split {

    private Split() {
    }

    /**
     * A sash form filling the rest of {@code view}, its parts one above the other ({@code SWT.VERTICAL}) or side by
     * side ({@code SWT.HORIZONTAL}); its weights are given once its parts are built.
     */
    public static SashForm filling(Composite view, int orientation) {
        SashForm sash = new SashForm(view, orientation);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        return sash;
    }
}
