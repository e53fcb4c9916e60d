package se.vardval.tandvard.ui.internal;

import java.net.URL;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import se.vardval.ui.api.ModelPresentation;

/** Gives the Tandvård model its icon (a tooth) in the client's navigator. */
@Component(service = ModelPresentation.class)
public class TandvardPresentation implements ModelPresentation {

    @Override
    public String modelType() {
        return "tandvard";
    }

    @Override
    public URL icon() {
        return FrameworkUtil.getBundle(getClass()).getEntry("icons/tandvard.png");
    }
}
