package se.vardval.fotvard.ui.internal;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import se.vardval.fotvard.ui.internal.TreatmentMonth.Rejected;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.Tables;

/**
 * The rejected treatments: unit, date, person, the risk grade of the referral named, the reason code, the reason in the
 * client's language, the treatment's activity id and the model's own sentence (e.g. how many were already paid); a cell
 * whose text its column cuts shows it whole as its tooltip.
 */
final class RejectedTable {

    private final TableViewer viewer;

    RejectedTable(Composite parent, Messages messages) {
        Reasons reasons = new Reasons(messages);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(ClientTags.WIDGET_KEY, "treatments.rejected");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        Tables.tipCutTexts(viewer.getTable());
        column(messages.unit, 190, SWT.LEFT, Rejected::unitName);
        column(messages.date, 85, SWT.LEFT, r -> SwedishFormat.date(r.item().date()));
        column(messages.person, 110, SWT.LEFT, r -> r.item().personId() == null ? "" : r.item().personId());
        column(messages.riskGroup, 95, SWT.LEFT, r -> r.riskGrade() == null ? messages.noReferral
                : RiskGroups.roman(r.riskGrade()));
        column(messages.reasonCode, 175, SWT.LEFT, r -> r.item().reasonCode());
        column(messages.reason, 370, SWT.LEFT, r -> reasons.text(r.item()));
        column(messages.treatment, 90, SWT.LEFT, r -> r.item().itemId());
        column(messages.modelReason, 420, SWT.LEFT, r -> r.item().reason());
    }

    void show(List<Rejected> rejected) {
        viewer.setInput(rejected);
    }

    private void column(String title, int width, int alignment, Function<Rejected, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, alignment);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Rejected) element);
            }
        });
    }
}
