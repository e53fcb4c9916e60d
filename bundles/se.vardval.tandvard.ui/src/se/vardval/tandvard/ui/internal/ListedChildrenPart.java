package se.vardval.tandvard.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.core.store.RunStore;
import se.vardval.tandvard.ListedChildren;
import se.vardval.tandvard.ListedChildren.Clinic;
import se.vardval.tandvard.ListedChildrenService;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.Background;
import se.vardval.ui.views.Choices;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;
import se.vardval.ui.views.Split;

/**
 * The children listed at each clinic on a month's listing day by the rulebook's age groups and care-need groups: a
 * table of every clinic and a stacked bar chart of all clinics or the one chosen (in the list or the table).
 */
public class ListedChildrenPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    @Service
    RulebookStore rulebooks;

    @Inject
    @Service
    RunDataSource data;

    @Inject
    @Service
    RunStore runs;

    @Inject
    @Service
    ListedChildrenService children;

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    private String careChoice;
    private MonthBar bar;
    private Combo clinic;
    private ChildrenTable table;
    private ChildrenChart chart;
    private ListedChildren shown;
    private YearMonth month;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.month, messages.show, "children", this::clinicChoice, this::show);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        table = new ChildrenTable(sash, messages, this::choose);
        chart = new ChildrenChart(sash, messages);
        sash.setWeights(50, 50);
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private Control clinicChoice(Composite parent) {
        clinic = Choices.withAll(parent, "children.clinic", messages.allClinics, this::draw);
        return clinic;
    }

    private void show(YearMonth chosen) {
        month = chosen;
        bar.summary(messages.reading);
        ChildrenReader reader = new ChildrenReader(masterData, rulebooks, data, children);
        Background.read(messages.reading, sync, clinic, () -> reader.read(careChoice, chosen), read -> {
            if (chosen.equals(month)) {
                read.ifPresentOrElse(this::shown, () -> empty(chosen));
            }
        }, bar::summary);
    }

    private void shown(ListedChildren read) {
        shown = read;
        Choices.refill(clinic, messages.allClinics, clinics(read).stream().map(Clinic::name).toList());
        table.show(read, clinics(read));
        draw();
    }

    /** A month whose year has no rulebook: no clinics, no counts, and the reason in the chart's title. */
    private void empty(YearMonth chosen) {
        String why = NLS.bind(messages.noRulebook, chosen.getYear());
        shown = null;
        Choices.refill(clinic, messages.allClinics, List.of());
        table.clear();
        chart.clear(why);
        bar.summary(why);
    }

    /** The clinics with listed children. */
    private static List<Clinic> clinics(ListedChildren read) {
        return read.clinics().stream().filter(c -> c.listed() > 0).toList();
    }

    private void choose(String name) {
        Choices.choose(clinic, messages.allClinics, name);
        draw();
    }

    private void draw() {
        if (shown == null) {
            return;
        }
        List<Clinic> chosen = clinics(shown).stream()
                .filter(c -> clinic.getSelectionIndex() <= 0 || c.name().equals(clinic.getText())).toList();
        chart.draw(shown, chosen);
        int listed = chosen.stream().mapToInt(Clinic::listed).sum();
        int paid = chosen.stream().mapToInt(Clinic::paid).sum();
        bar.summary(NLS.bind(messages.summary, new Object[] { clinic.getText(),
                SwedishFormat.number(BigDecimal.valueOf(listed)), SwedishFormat.date(shown.listingDay()),
                SwedishFormat.number(BigDecimal.valueOf(paid)) }));
    }
}
