package se.vardval.cli;

import se.vardval.core.domain.PaymentRun;
import se.vardval.core.service.UserError;
import se.vardval.core.store.RunStore;

/** Resolves a run given on the command line as an id or {@code latest}. */
final class RunReference {

    private RunReference() {
    }

    static PaymentRun resolve(String text, RunStore runs) {
        if ("latest".equals(text)) {
            return runs.latest().orElseThrow(() -> new UserError("there are no payment runs yet"));
        }
        try {
            long id = Long.parseLong(text);
            return runs.find(id).orElseThrow(() -> new UserError("no payment run with id " + id));
        } catch (NumberFormatException e) {
            throw new UserError("a run is given by its id or 'latest', not '" + text + "'");
        }
    }
}
