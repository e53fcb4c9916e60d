package se.vardval.halsoval.ui.internal;

import java.net.URL;

import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

import se.vardval.ui.api.ModelPresentation;

/** Gives the Hälsoval model its icon in the client's navigator. */
@Component(service = ModelPresentation.class)
public class HalsovalPresentation implements ModelPresentation {

    @Override
    public String modelType() {
        return "halsoval";
    }

    @Override
    public URL icon() {
        return FrameworkUtil.getBundle(getClass()).getEntry("icons/halsoval.png");
    }
}
