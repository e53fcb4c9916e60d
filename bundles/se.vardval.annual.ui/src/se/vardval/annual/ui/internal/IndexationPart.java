package se.vardval.annual.ui.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.annual.Indexation;
import se.vardval.annual.IndexationReport;
import se.vardval.annual.IndexedRate;
import se.vardval.annual.RulebookYears;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.Rulebook;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.format.SwedishFormat;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.Tables;

/**
 * LPIK indexation of a vårdval's draft: the index, whether a negative one leaves the rates unchanged, the rates left
 * alone; a preview reports every annual rate before and after, and applying stores the indexed draft.
 */
public class IndexationPart {

    @Inject
    @Translation
    Messages messages;

    @Inject
    @Service
    RulebookYears years;

    @Inject
    @Service
    RulebookStore store;

    @Inject
    @Service
    MasterDataStore masterData;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    @Optional
    IEventBroker events;

    private String careChoice;
    private DraftChoice draft;
    private Text lpik;
    private Button floor;
    private Text exclude;
    private StatusLine status;
    private TableViewer report;
    private Indexation shown;

    @PostConstruct
    void create(Composite parent) {
        careChoice = YearViews.open(part, parent, masterData, messages.partIndexation);
        Group group = Fields.group(parent, messages.indexDraft, 5);
        draft = new DraftChoice(group, "index.draft", careChoice, store, messages);
        Fields.label(group, messages.lpik);
        lpik = Fields.text(group, "index.lpik", 60);
        Fields.button(group, messages.preview, "index.preview", () -> index(true));
        Fields.button(group, messages.applyIndex, "index.apply", () -> index(false));
        floor = Fields.check(group, messages.floorAtZero, "index.floor");
        GridDataFactory.fillDefaults().span(5, 1).applyTo(floor);
        Fields.label(group, messages.exclude);
        exclude = Fields.text(group, "index.exclude", 400);
        exclude.setMessage(messages.excludeHint);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(exclude);
        status = new StatusLine(group, "index.status", 5);
        report = Tables.table(parent, "index.report");
        GridDataFactory.fillDefaults().grab(true, true).applyTo(report.getControl());
        Tables.column(report, IndexedRate.class, messages.rate, 300, IndexedRate::path);
        Tables.numberColumn(report, IndexedRate.class, messages.lastYear, 130,
                r -> r.newThisYear() ? "–" : SwedishFormat.number(r.before()));
        Tables.numberColumn(report, IndexedRate.class, messages.indexed, 130, r -> SwedishFormat.number(r.after()));
        Tables.numberColumn(report, IndexedRate.class, messages.difference, 110,
                r -> r.newThisYear() ? "–" : SwedishFormat.number(r.after().subtract(r.before())));
        Tables.column(report, IndexedRate.class, messages.note, 330, this::note);
        report.setContentProvider(ArrayContentProvider.getInstance());
        report.addDoubleClickListener(e -> toggleExclusion(
                (IndexedRate) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        reload();
    }

    private void reload() {
        if (!draft.reload()) {
            status.error(messages.noDraft);
        }
    }

    /** Indexes the chosen draft: a preview only reports, otherwise the service stores it (and checks the role). */
    void index(boolean preview) {
        OptionalInt chosen = draft.year();
        if (chosen.isEmpty()) {
            status.error(messages.noDraft);
            return;
        }
        BigDecimal percent;
        try {
            percent = SwedishFormat.parse(lpik.getText());
        } catch (NumberFormatException e) {
            percent = null;
        }
        if (percent == null) {
            status.error(NLS.bind(messages.badNumber, lpik.getText()));
            return;
        }
        int year = chosen.getAsInt();
        try {
            Indexation indexation = new Indexation(percent, floor.getSelection(), excluded());
            IndexationReport done = years.index(careChoice, year, indexation, preview, user.name());
            shown = indexation;
            report.setInput(done.rates());
            status.info(summary(done, indexation, year, preview));
            if (!preview && events != null) {
                events.post(PartIds.DATA_CHANGED, careChoice);
            }
        } catch (RuntimeException e) {
            status.error(StatusLine.reason(e));
        }
    }

    private Set<String> excluded() {
        return Arrays.stream(exclude.getText().split("[,;\\s]+")).map(String::trim).filter(p -> !p.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private String summary(IndexationReport done, Indexation indexation, int year, boolean preview) {
        String factor = SwedishFormat.number(done.factor());
        String what = preview ? messages.indexPreview : messages.indexApplied;
        String floored = indexation.floored() ? messages.indexFloored : "";
        return NLS.bind(what, new Object[] { SwedishFormat.number(indexation.lpikPercent()), factor,
                done.rates().size(), year, floored }) + baseRemark(done.base());
    }

    /** A remark that the rates were raised from a base year whose rulebook is still a draft; empty when decided. */
    private String baseRemark(Rulebook base) {
        return base.status() == RulebookStatus.DECIDED ? "" : " " + NLS.bind(messages.baseUndecided, base.year());
    }

    private String note(IndexedRate rate) {
        if (rate.newThisYear()) {
            return messages.noteNew;
        }
        if (shown == null || rate.before().compareTo(rate.after()) != 0) {
            return "";
        }
        return shown.excludes(rate.path()) ? messages.noteExcluded
                : shown.floored() ? messages.noteFloored : "";
    }

    /** Double-clicking a rate adds it to the rates left alone, or takes it out again. */
    private void toggleExclusion(IndexedRate rate) {
        if (rate == null) {
            return;
        }
        Set<String> paths = excluded();
        if (!paths.remove(rate.path())) {
            paths.add(rate.path());
        }
        exclude.setText(String.join(", ", paths));
    }

    @Focus
    void focus() {
        lpik.setFocus();
    }
}
