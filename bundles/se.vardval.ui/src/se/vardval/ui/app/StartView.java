package se.vardval.ui.app;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RunStore;
import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.PartOpener;

/**
 * Opens the payment run view when the workbench has started: of the vårdval of the newest run, showing that run, or
 * else of the region's first vårdval.
 */
final class StartView {

    private StartView() {
    }

    static void open(MApplication application) {
        if (application.getSelectedElement() == null) {
            return;
        }
        IEclipseContext window = application.getSelectedElement().getContext();
        MasterDataStore masterData = window.get(MasterDataStore.class);
        RunStore runs = window.get(RunStore.class);
        if (masterData == null || runs == null) {
            return;
        }
        try {
            runs.latest().map(PaymentRun::careChoice)
                    .or(() -> masterData.careChoices().stream().map(CareChoice::id).findFirst())
                    .ifPresent(careChoice -> ContextInjectionFactory.make(PartOpener.class, window)
                            .open(PartIds.RUN, careChoice, null));
        } catch (RuntimeException e) {
            // the navigator shows why the database cannot be read; the editor area stays empty
        }
    }
}
