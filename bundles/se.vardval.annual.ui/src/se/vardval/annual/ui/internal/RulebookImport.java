package se.vardval.annual.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;

import se.vardval.annual.ui.internal.RulebookFileReader.Accepted;
import se.vardval.annual.ui.internal.RulebookFileReader.NotARulebook;
import se.vardval.annual.ui.internal.RulebookFileReader.OtherCareChoice;
import se.vardval.annual.ui.internal.RulebookFileReader.Rejected;
import se.vardval.annual.ui.internal.RulebookFileReader.Unreadable;
import se.vardval.annual.ui.internal.RulebookFileReader.Verdict;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.model.ParameterProblem;
import se.vardval.core.model.Rulebook;
import se.vardval.core.service.RulebookService;
import se.vardval.core.store.RulebookStore;
import se.vardval.ui.parts.Tables;

/**
 * A rulebook JSON file imported into one vårdval: a file of another vårdval, over a decided year or (unless replacing)
 * a draft is refused, the model's every problem listed by parameter, and nothing stored on any error.
 */
final class RulebookImport {

    private final String careChoice;
    private final RulebookService rulebooks;
    private final RulebookFileReader reader;
    private final RulebookStore store;
    private final Messages messages;
    private final StatusLine status;
    private final TableViewer problems;

    RulebookImport(Composite parent, int columns, String careChoice, RulebookService rulebooks, RulebookStore store,
            Messages messages, StatusLine status) {
        this.careChoice = careChoice;
        this.rulebooks = rulebooks;
        this.reader = new RulebookFileReader(careChoice, rulebooks);
        this.store = store;
        this.messages = messages;
        this.status = status;
        problems = Tables.table(parent, "years.importProblems");
        GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).hint(SWT.DEFAULT, 110)
                .applyTo(problems.getControl());
        Tables.column(problems, ParameterProblem.class, messages.parameter, 300, ParameterProblem::path);
        Tables.column(problems, ParameterProblem.class, messages.problem, 600, ParameterProblem::reason);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        show(List.of());
    }

    /**
     * Imports the file through the rulebook service (which checks the user's role) and returns what it stored, or
     * nothing when it was refused, the status line saying why.
     */
    Optional<Rulebook> importFile(Path file, boolean replace, String user) {
        show(List.of());
        String name = file.getFileName().toString();
        try {
            Verdict verdict = reader.read(file);
            String refusal = refusal(verdict, name, replace);
            if (refusal != null) {
                status.error(refusal);
                return Optional.empty();
            }
            if (verdict instanceof Rejected rejected) {
                status.error(NLS.bind(messages.importProblems, name, rejected.problems().size()));
                show(rejected.problems());
                return Optional.empty();
            }
            return Optional.of(rulebooks.importJson(((Accepted) verdict).json(), replace, user));
        } catch (RuntimeException e) {
            status.error(NLS.bind(messages.importRefused, name, StatusLine.reason(e)));
            return Optional.empty();
        }
    }

    /** Why the file may not be stored, or null for a rulebook of this vårdval that may replace what it has. */
    private String refusal(Verdict verdict, String name, boolean replace) {
        return switch (verdict) {
            case Unreadable unreadable -> NLS.bind(messages.importUnreadable, name, unreadable.cause().getMessage());
            case NotARulebook notARulebook -> NLS.bind(messages.importRefused, name,
                    StatusLine.reason(notARulebook.cause()));
            case OtherCareChoice other -> NLS.bind(messages.importOtherCareChoice,
                    new Object[] { name, other.careChoice(), careChoice });
            case Rejected rejected -> replacing(rejected.rulebook(), name, replace);
            case Accepted accepted -> replacing(accepted.rulebook(), name, replace);
        };
    }

    /** Why the rulebook may not be stored over what this vårdval has for its year, or null. */
    private String replacing(Rulebook rulebook, String name, boolean replace) {
        return store.find(careChoice, rulebook.year()).map(current -> current.status() == RulebookStatus.DECIDED
                ? NLS.bind(messages.importDecided, rulebook.year(), current.decision())
                : replace ? null : NLS.bind(messages.importDraftExists, rulebook.year(), name)).orElse(null);
    }

    private void show(List<ParameterProblem> found) {
        problems.setInput(found);
        problems.getControl().setVisible(!found.isEmpty());
        ((GridData) problems.getControl().getLayoutData()).exclude = found.isEmpty();
        problems.getControl().requestLayout();
        Fields.fit(problems.getControl());
    }
}
