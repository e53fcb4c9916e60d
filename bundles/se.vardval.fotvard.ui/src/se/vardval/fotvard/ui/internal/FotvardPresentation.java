package se.vardval.fotvard.ui.internal;

import java.net.URL;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import se.vardval.ui.api.ModelPresentation;

/** Gives the Medicinsk fotvård model its icon (a foot) in the client's navigator. */
@Component(service = ModelPresentation.class)
public class FotvardPresentation implements ModelPresentation {

    @Override
    public String modelType() {
        return "fotvard";
    }

    @Override
    public URL icon() {
        return FrameworkUtil.getBundle(getClass()).getEntry("icons/fotvard.png");
    }
}
