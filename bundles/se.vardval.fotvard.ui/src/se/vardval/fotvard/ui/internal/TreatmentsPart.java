package se.vardval.fotvard.ui.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

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
import se.vardval.fotvard.TreatmentRiskGrades;
import se.vardval.fotvard.ui.internal.TreatmentMonth.Rejected;
import se.vardval.fotvard.ui.internal.TreatmentMonth.UnitTreatments;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.views.Background;
import se.vardval.ui.views.Choices;
import se.vardval.ui.views.DefaultMonth;
import se.vardval.ui.views.MonthBar;
import se.vardval.ui.views.Split;

/**
 * A month's foot-care treatments as the month's run paid them: per unit the paid treatments and amounts of each risk
 * group, home visits and rejected treatments; the rejected treatments with their reasons; and a chart of paid and
 * rejected treatments per risk grade, for all units or the one chosen (in the list or the table). A month without a
 * run shows only that.
 */
public class TreatmentsPart {

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
    TreatmentRiskGrades grades;

    @Inject
    MPart part;

    @Inject
    UISynchronize sync;

    private String careChoice;
    private MonthBar bar;
    private Combo unit;
    private UnitTable units;
    private RejectedTable rejected;
    private RiskGroupChart chart;
    private TreatmentMonth shown;
    private YearMonth month;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        bar = MonthBar.atTop(parent, messages.month, messages.show, "treatments", this::unitChoice, this::show);
        SashForm sash = Split.filling(parent, SWT.VERTICAL);
        units = new UnitTable(sash, messages, this::choose);
        rejected = new RejectedTable(sash, messages);
        chart = new RiskGroupChart(sash, messages);
        sash.setWeights(24, 36, 40);
        bar.open(DefaultMonth.of(runs, rulebooks, careChoice));
    }

    private Control unitChoice(Composite parent) {
        unit = Choices.withAll(parent, "treatments.unit", messages.allUnits, this::draw);
        return unit;
    }

    private void show(YearMonth chosen) {
        month = chosen;
        bar.summary(messages.reading);
        TreatmentsReader reader = new TreatmentsReader(runs, rulebooks, masterData, data, grades, messages);
        Background.read(messages.reading, sync, unit, () -> reader.read(careChoice, chosen), read -> {
            if (chosen.equals(month)) {
                shown(read);
            }
        }, bar::summary);
    }

    private void shown(Optional<TreatmentMonth> read) {
        shown = read.orElse(null);
        Choices.refill(unit, messages.allUnits,
                read.map(m -> m.units().stream().map(UnitTreatments::name).toList()).orElse(List.of()));
        units.show(read.map(TreatmentMonth::units).orElse(List.of()));
        draw();
        if (read.isEmpty()) {
            bar.summary(NLS.bind(messages.noRun, SwedishFormat.month(month)));
        }
    }

    private void choose(String name) {
        Choices.choose(unit, messages.allUnits, name);
        draw();
    }

    private void draw() {
        if (shown == null) {
            rejected.show(List.of());
            chart.clear(NLS.bind(messages.noRun, SwedishFormat.month(month)));
            return;
        }
        boolean all = unit.getSelectionIndex() <= 0;
        List<UnitTreatments> chosen = shown.units().stream().filter(u -> all || u.name().equals(unit.getText()))
                .toList();
        List<Rejected> refused = shown.rejected().stream()
                .filter(r -> chosen.stream().anyMatch(u -> u.hsaId().equals(r.item().hsaId()))).toList();
        rejected.show(refused);
        chart.draw(chosen, refused);
        UnitTreatments sum = UnitTreatments.sum(unit.getText(), chosen);
        bar.summary(NLS.bind(messages.summary, new Object[] { SwedishFormat.month(month),
                shown.run().id(), state(), number(sum.paidTreatments()), number(sum.homeVisits()),
                number(sum.rejected()), SwedishFormat.kronor(sum.total()) }));
    }

    private String state() {
        return switch (shown.run().state()) {
            case APPROVED -> messages.approved;
            case EXPORTED -> messages.exported;
            default -> messages.calculated;
        };
    }

    private static String number(int n) {
        return SwedishFormat.number(BigDecimal.valueOf(n));
    }
}
