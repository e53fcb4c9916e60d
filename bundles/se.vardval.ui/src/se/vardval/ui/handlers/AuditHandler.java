package se.vardval.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;

import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.PartOpener;

/** Opens the audit log. */
public class AuditHandler {

    @Execute
    void execute(PartOpener parts) {
        parts.open(PartIds.AUDIT, null, null);
    }
}
