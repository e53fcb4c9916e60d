package se.vardval.annual.ui.internal;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import se.vardval.annual.RulebookYears;
import se.vardval.annual.Scenarios;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.api.ActingUser;
import se.vardval.ui.api.ClientTags;
import se.vardval.ui.parts.PartIds;

/**
 * A vårdval's rulebooks through the years: next year's draft copied from an earlier year, and the comparison of any
 * two rulebooks (stored years or proposals) parameter by parameter.
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
    private RulebookComparison comparison;

    @PostConstruct
    void create(Composite parent) {
        careChoice = part.getPersistedState().get(ClientTags.CARE_CHOICE);
        part.setLabel(NLS.bind("{0}: {1}", messages.partYears, careChoice));
        GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(parent);
        nextYear(parent);
        comparison = new RulebookComparison(parent, messages, years,
                () -> RulebookChoice.of(careChoice, store, scenarios, messages));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(comparison.control());
        reload();
    }

    private void nextYear(Composite parent) {
        Group group = Fields.group(parent, messages.nextYearTitle, 6);
        Fields.label(group, messages.copy);
        from = Fields.combo(group, "years.from", List.of(), 160);
        Fields.label(group, messages.intoDraftOf);
        year = Fields.text(group, "years.year", 60);
        replace = Fields.check(group, messages.replaceDraft, "years.replace");
        Fields.button(group, messages.createDraft, "years.draft", this::draft);
        draftStatus = new StatusLine(group, "years.draftStatus", 6);
    }

    private void reload() {
        stored = RulebookChoice.stored(careChoice, store, messages);
        from.setItems(stored.stream().map(RulebookChoice::label).toArray(String[]::new));
        if (!stored.isEmpty()) {
            from.select(0);
            year.setText(Integer.toString(stored.get(0).rulebook().year() + 1));
        }
        comparison.reload();
    }

    /** Copies the chosen year's rulebook into the draft of the year typed, through the service (which checks the role). */
    void draft() {
        if (from.getSelectionIndex() < 0) {
            draftStatus.error(messages.noDraft);
            return;
        }
        int fromYear = stored.get(from.getSelectionIndex()).rulebook().year();
        try {
            int target = Integer.parseInt(year.getText().trim());
            String taken = taken(target, fromYear);
            if (taken != null) {
                draftStatus.error(taken);
                return;
            }
            years.draft(careChoice, target, fromYear, replace.getSelection(), user.name());
            reload();
            draftStatus.info(NLS.bind(messages.draftCreated, target, fromYear));
            if (events != null) {
                events.post(PartIds.DATA_CHANGED, careChoice);
            }
        } catch (NumberFormatException e) {
            draftStatus.error(NLS.bind(messages.badNumber, year.getText()));
        } catch (RuntimeException e) {
            draftStatus.error(StatusLine.reason(e));
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
