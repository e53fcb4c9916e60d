package se.vardval.annual.ui.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;

import se.vardval.annual.ComponentShare;
import se.vardval.core.model.CalibratableRate;
import se.vardval.ui.format.SwedishFormat;

/** A share in per cent for each rate the model lets calibration solve. */
final class ShareFields {

    private final Messages messages;
    private final Composite fields;
    private final List<Text> percents = new ArrayList<>();
    private List<CalibratableRate> shown = List.of();

    ShareFields(Composite parent, Messages messages) {
        this.messages = messages;
        fields = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(6).applyTo(fields);
    }

    Composite control() {
        return fields;
    }

    void show(List<CalibratableRate> rates) {
        for (Control child : fields.getChildren()) {
            child.dispose();
        }
        percents.clear();
        shown = rates;
        for (CalibratableRate rate : rates) {
            Fields.label(fields, NLS.bind(messages.shareOf, rate.component(), rate.path()));
            Text percent = Fields.text(fields, "calibration.share." + rate.component(), 60);
            percent.setText("0");
            percents.add(percent);
        }
        fields.getParent().layout(true, true);
    }

    List<ComponentShare> shares() {
        List<ComponentShare> shares = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            BigDecimal percent;
            try {
                percent = SwedishFormat.parse(percents.get(i).getText());
            } catch (NumberFormatException e) {
                throw new NumberFormatException(NLS.bind(messages.badNumber, percents.get(i).getText()));
            }
            if (percent != null && percent.signum() != 0) {
                shares.add(new ComponentShare(shown.get(i).component(), percent));
            }
        }
        return shares;
    }
}
