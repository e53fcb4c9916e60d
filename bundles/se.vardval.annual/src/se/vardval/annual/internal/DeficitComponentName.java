package se.vardval.annual.internal;

import java.util.Map;

import org.osgi.service.component.annotations.Component;

import se.vardval.annual.SavedDeficitProposal;
import se.vardval.core.service.DecidedComponentNames;

/** Names the component a decided deficit compensation is paid as, so that specifications and accounts know it. */
@Component(service = DecidedComponentNames.class)
public class DeficitComponentName implements DecidedComponentNames {

    @Override
    public Map<String, String> names() {
        return Map.of(SavedDeficitProposal.COMPONENT, "Underskottskompensation");
    }
}
