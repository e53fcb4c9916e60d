package se.vardval.ui.navigator;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;

import se.vardval.ui.api.ClientTags;

/** The part descriptors that model plugins contributed through their fragments, by model type. */
class ModelViews {

    private final MApplication application;

    ModelViews(MApplication application) {
        this.application = application;
    }

    List<ModelView> of(String modelType) {
        return application.getDescriptors().stream()
                .filter(d -> d.getTags().contains(ClientTags.MODEL_PREFIX + modelType))
                .map(d -> new ModelView(d.getElementId(), d.getLocalizedLabel(), d.getIconURI())).toList();
    }
}
