package se.vardval.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;

import se.vardval.ui.parts.PartIds;
import se.vardval.ui.parts.PartOpener;

/** Opens the region that pays the providers. */
public class RegionHandler {

    @Execute
    void execute(PartOpener parts) {
        parts.open(PartIds.REGION, null, null);
    }
}
