package se.vardval.ui.run;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import se.vardval.core.domain.PersonId;
import se.vardval.core.model.RejectedItem;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.i18n.Messages;
import se.vardval.ui.parts.Tables;

/**
 * The items the run's model did not pay: unit, date, person, item, reason code and reason, of the unit selected in
 * the totals (or of every unit when asked); double-click explains what the item's person brought.
 */
class RejectionsView {

    private final Messages messages;
    private final Composite area;
    private final Label title;
    private final Button all;
    private final TableViewer viewer;
    private List<RejectedItem> items = List.of();
    private Map<String, String> unitNames = Map.of();
    private String unit;

    RejectionsView(Composite parent, Messages messages, Consumer<String> onPerson) {
        this.messages = messages;
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(area);
        title = new Label(area, SWT.NONE);
        title.setData(ClientTags.WIDGET_KEY, "run.rejections.title");
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(title);
        all = new Button(area, SWT.CHECK);
        all.setText(messages.run_rejectionsAll);
        all.setData(ClientTags.WIDGET_KEY, "run.rejections.all");
        all.addListener(SWT.Selection, e -> refresh());
        viewer = Tables.table(area, "run.rejections");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());
        Tables.column(viewer, RejectedItem.class, messages.run_unit, 200,
                item -> unitNames.getOrDefault(item.hsaId(), item.hsaId()));
        Tables.column(viewer, RejectedItem.class, messages.run_date, 90,
                item -> item.date() == null ? "–" : item.date().toString());
        Tables.column(viewer, RejectedItem.class, messages.run_personId, 120,
                item -> item.personId() == null ? "–" : PersonId.written(item.personId()));
        Tables.column(viewer, RejectedItem.class, messages.run_item, 110, RejectedItem::itemId);
        Tables.column(viewer, RejectedItem.class, messages.run_reasonCode, 170, RejectedItem::reasonCode);
        Tables.column(viewer, RejectedItem.class, messages.run_reason, 520, RejectedItem::reason);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            if (((IStructuredSelection) e.getSelection()).getFirstElement() instanceof RejectedItem item
                    && item.personId() != null) {
                onPerson.accept(item.personId());
            }
        });
    }

    Control control() {
        return area;
    }

    /** Shows a run's rejected items, of the unit selected so far or of every unit. */
    void show(List<RejectedItem> rejected, Map<String, String> names) {
        this.items = rejected;
        this.unitNames = names;
        refresh();
    }

    /** Shows the unit's rejected items, unless every unit's are asked for. */
    void unit(String hsaId) {
        this.unit = hsaId;
        refresh();
    }

    private void refresh() {
        List<RejectedItem> shown = all.getSelection() || unit == null ? items
                : items.stream().filter(item -> item.hsaId().equals(unit)).toList();
        if (items.isEmpty()) {
            title.setText(messages.run_rejectionsNone);
        } else if (shown == items) {
            title.setText(NLS.bind(messages.run_rejectionsAllOf, items.size()));
        } else {
            title.setText(NLS.bind(messages.run_rejectionsOf, new Object[] {
                    unitNames.getOrDefault(unit, unit), shown.size(), items.size() }));
        }
        viewer.setInput(shown);
        area.layout();
    }
}
