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
            return runs.latest().orElseThrow(() -> new UserError("det finns inga körningar än"));
        }
        try {
            long id = Long.parseLong(text);
            return runs.find(id).orElseThrow(() -> new UserError("det finns ingen körning med id " + id));
        } catch (NumberFormatException e) {
            throw new UserError("en körning anges med sitt id eller 'latest', inte '" + text + "'");
        }
    }
}
