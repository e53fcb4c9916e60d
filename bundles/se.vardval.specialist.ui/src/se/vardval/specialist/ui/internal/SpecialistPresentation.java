package se.vardval.specialist.ui.internal;

import java.net.URL;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import se.vardval.ui.api.ModelPresentation;

/** Gives the specialist model its icon in the client's navigator, for every vårdval it pays. */
@Component(service = ModelPresentation.class)
public class SpecialistPresentation implements ModelPresentation {

    @Override
    public String modelType() {
        return "specialist";
    }

    @Override
    public URL icon() {
        return FrameworkUtil.getBundle(getClass()).getEntry("icons/specialist.png");
    }
}
