package se.vardval.annual.ui.internal;

import java.nio.file.Path;
import java.time.Year;
import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.annual.RulebookYears;
import se.vardval.annual.Scenarios;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.parts.PartIds;

/**
 * A vårdval's rulebooks through the years: next year's draft copied from an earlier year (the first from the model's
 * defaults), a rulebook imported from its JSON file, and the comparison of any two rulebooks (stored years or
 * proposals) parameter by parameter.
 */
public class RulebookYearsPart {

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
    @Service
    RulebookService rulebooks;

    @Inject
    @Service
    Scenarios scenarios;

    @Inject
    MPart part;

    @Inject
    ActingUser user;

    @Inject
    @Optional
    IEventBroker events;

    private String careChoice;
    private List<RulebookChoice> stored;
    private Combo from;
    private Text year;
    private Button replace;
    private StatusLine draftStatus;
    private RulebookImport fileImport;
    private RulebookComparison comparison;

    @PostConstruct
    void create(Composite parent) {
        careChoice = YearViews.open(part, parent, masterData, messages.partYears);
        nextYear(parent);
        comparison = new RulebookComparison(parent, messages, years,
                () -> RulebookChoice.of(careChoice, store, scenarios, messages));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(comparison.control());
        reload();
    }

    private void nextYear(Composite parent) {
        Group group = Fields.group(parent, messages.nextYearTitle, 6);
        Fields.label(group, messages.copy);
        from = Fields.combo(group, "years.from", List.of(), 220);
        Fields.label(group, messages.intoDraftOf);
        year = Fields.text(group, "years.year", 60);
        replace = Fields.check(group, messages.replaceDraft, "years.replace");
        Fields.button(group, messages.createDraft, "years.draft", this::draft);
        Button importJson = Fields.button(group, messages.importJson, "years.importJson", this::askForJson);
        GridDataFactory.swtDefaults().span(6, 1).applyTo(importJson);
        draftStatus = new StatusLine(group, "years.draftStatus", 6);
        fileImport = new RulebookImport(group, 6, careChoice, rulebooks, store, messages, draftStatus);
    }

    /**
     * Offers the stored years to copy, newest first, or the model's defaults when the vårdval has no rulebook yet, and
     * the year after the newest (or the next calendar year) as the draft's.
     */
    private void reload() {
        stored = RulebookChoice.stored(careChoice, store, messages);
        from.setItems(stored.isEmpty() ? new String[] { messages.fromDefaults }
                : stored.stream().map(RulebookChoice::label).toArray(String[]::new));
        from.select(0);
        int newest = stored.isEmpty() ? Year.now().getValue() : stored.get(0).rulebook().year();
        year.setText(Integer.toString(newest + 1));
        comparison.reload();
    }

    /**
     * Copies the chosen year's rulebook into the draft of the year typed, or makes the vårdval's first draft from its
     * model's defaults, through the service (which checks the role).
     */
    void draft() {
        int target;
        try {
            target = Integer.parseInt(year.getText().trim());
        } catch (NumberFormatException e) {
            draftStatus.error(NLS.bind(messages.badNumber, year.getText()));
            return;
        }
        try {
            if (stored.isEmpty()) {
                years.draftFromDefaults(careChoice, target, replace.getSelection(), user.name());
                changed(NLS.bind(messages.defaultsCreated, target));
                return;
            }
            int fromYear = stored.get(from.getSelectionIndex()).rulebook().year();
            String taken = taken(target, fromYear);
            if (taken != null) {
                draftStatus.error(taken);
                return;
            }
            years.draft(careChoice, target, fromYear, replace.getSelection(), user.name());
            changed(NLS.bind(messages.draftCreated, target, fromYear));
        } catch (RuntimeException e) {
            draftStatus.error(StatusLine.reason(e));
        }
    }

    private void askForJson() {
        FileDialog dialog = new FileDialog(from.getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        String file = dialog.open();
        if (file != null) {
            importJson(Path.of(file));
        }
    }

    /**
     * Imports a rulebook JSON file of this vårdval (over an existing draft only when Replace is ticked, over a decided
     * year never); the model's problems are listed and nothing is stored while it has any.
     */
    void importJson(Path file) {
        fileImport.importFile(file, replace.getSelection(), user.name()).ifPresent(imported -> changed(NLS.bind(
                messages.imported, new Object[] { file.getFileName(), imported.year(),
                    imported.status() == RulebookStatus.DECIDED ? messages.decided : messages.draft })));
    }

    /** Shows the stored rulebooks again with what was done, and tells the navigator. */
    private void changed(String done) {
        reload();
        draftStatus.info(done);
        if (events != null) {
            events.post(PartIds.DATA_CHANGED, careChoice);
        }
    }

    /** Why the year cannot take a new draft (said before the service would refuse it), or null. */
    private String taken(int target, int fromYear) {
        return stored.stream().filter(c -> c.rulebook().year() == target).findFirst()
                .map(c -> !c.draft() ? NLS.bind(messages.yearDecided, target)
                        : replace.getSelection() ? null : NLS.bind(messages.draftExists, target, fromYear))
                .orElse(null);
    }

    @Focus
    void focus() {
        from.setFocus();
    }
}
