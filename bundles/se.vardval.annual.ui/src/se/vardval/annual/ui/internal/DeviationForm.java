package se.vardval.annual.ui.internal;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import se.vardval.annual.Deviation;
import se.vardval.annual.SourcedAmount;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;

/**
 * The inputs of one deviation, each an amount in kr with its source: the region-run units' result D, the costs of the
 * principal's assignment H, the last-resort responsibility S and a special commitment Å, and state grants G; the
 * adjusted deviation A = D + H + S + Å − G is shown as it is typed.
 */
final class DeviationForm {

    private static final String[] KEYS = { "result", "principalAssignment", "lastResort", "specialCommitment",
        "stateGrants" };

    private final Messages messages;
    private final Group group;
    private final Text municipality;
    private final Text[] amounts = new Text[KEYS.length];
    private final Text[] sources = new Text[KEYS.length];
    private final Label adjusted;

    DeviationForm(Composite parent, Messages messages) {
        this.messages = messages;
        group = Fields.group(parent, messages.deviationTitle, 3);
        Fields.label(group, messages.municipality);
        municipality = Fields.text(group, "deficit.municipality", 80);
        municipality.setMessage(messages.wholeRegion);
        Fields.label(group, "");
        List<String> labels = List.of(messages.inputResult, messages.inputPrincipal, messages.inputLastResort,
                messages.inputSpecial, messages.inputGrants);
        for (int i = 0; i < KEYS.length; i++) {
            Fields.label(group, labels.get(i));
            amounts[i] = Fields.text(group, "deficit." + KEYS[i], 130);
            amounts[i].setText("0");
            amounts[i].addListener(SWT.Modify, e -> showAdjusted());
            sources[i] = Fields.text(group, "deficit." + KEYS[i] + ".source", 260);
            sources[i].setMessage(messages.sourceHint);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(sources[i]);
        }
        adjusted = new Label(group, SWT.NONE);
        adjusted.setData(ClientTags.WIDGET_KEY, "deficit.adjusted");
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(adjusted);
        showAdjusted();
    }

    void dispose() {
        group.dispose();
    }

    /**
     * The deviation typed.
     *
     * @throws NumberFormatException naming the amount that is not a number
     */
    Deviation deviation() {
        SourcedAmount[] inputs = new SourcedAmount[KEYS.length];
        for (int i = 0; i < KEYS.length; i++) {
            inputs[i] = new SourcedAmount(amount(i), sources[i].getText().trim());
        }
        String where = municipality.getText().trim();
        return new Deviation(where.isEmpty() ? null : where, inputs[0], inputs[1], inputs[2], inputs[3], inputs[4]);
    }

    /** Shows a deviation, e.g. of a saved proposal. */
    void fill(Deviation deviation) {
        municipality.setText(deviation.municipality() == null ? "" : deviation.municipality());
        SourcedAmount[] inputs = { deviation.result(), deviation.principalAssignment(), deviation.lastResort(),
            deviation.specialCommitment(), deviation.stateGrants() };
        for (int i = 0; i < KEYS.length; i++) {
            amounts[i].setText(SwedishFormat.number(inputs[i].amount()));
            sources[i].setText(inputs[i].source() == null ? "" : inputs[i].source());
        }
    }

    private BigDecimal amount(int i) {
        String text = amounts[i].getText();
        try {
            BigDecimal amount = SwedishFormat.parse(text);
            return amount == null ? BigDecimal.ZERO : amount;
        } catch (NumberFormatException e) {
            throw new NumberFormatException(NLS.bind(messages.badNumber, text));
        }
    }

    private void showAdjusted() {
        try {
            adjusted.setText(NLS.bind(messages.adjustedDeviation, SwedishFormat.kronor(deviation().adjusted())));
        } catch (NumberFormatException e) {
            adjusted.setText(e.getMessage());
        }
    }
}
