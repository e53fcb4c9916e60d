package se.vardval.ui.settings;

import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import se.vardval.core.domain.County;
import se.vardval.ui.api.ClientTags;

/** A choice among the 21 counties, each by its code and its region's name: {@code 23 – Region Jämtland Härjedalen}. */
final class CountyChoice {

    private static final List<County> COUNTIES = List.of(County.values());

    private final Combo combo;

    /** A read-only combo of every county in {@code parent}, found by {@code key}; {@code chosen} runs on a choice. */
    CountyChoice(Composite parent, String key, Runnable chosen) {
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        COUNTIES.forEach(county -> combo.add(county.code() + " – " + county.regionName()));
        combo.setVisibleItemCount(COUNTIES.size());
        combo.setData(ClientTags.WIDGET_KEY, key);
        combo.addListener(SWT.Selection, e -> chosen.run());
        GridDataFactory.fillDefaults().hint(320, SWT.DEFAULT).applyTo(combo);
    }

    /** Shows {@code county} as chosen, or none. */
    void show(Optional<County> county) {
        county.ifPresentOrElse(c -> combo.select(COUNTIES.indexOf(c)), combo::deselectAll);
    }

    /** The county chosen, if one is. */
    Optional<County> chosen() {
        int index = combo.getSelectionIndex();
        return index < 0 ? Optional.empty() : Optional.of(COUNTIES.get(index));
    }
}
