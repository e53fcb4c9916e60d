package se.vardval.ui.navigator;

import java.util.List;
import java.util.stream.Stream;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;

import se.vardval.ui.api.ClientTags;

/**
 * The part descriptors that plugins contributed through their fragments for a model type: first those for every
 * vårdval ({@link ClientTags#EVERY_MODEL}), then the model's own.
 */
class ModelViews {

    private final MApplication application;

    ModelViews(MApplication application) {
        this.application = application;
    }

    List<ModelView> of(String modelType) {
        return Stream.concat(tagged(ClientTags.EVERY_MODEL), tagged(ClientTags.MODEL_PREFIX + modelType))
                .map(d -> new ModelView(d.getElementId(), d.getLocalizedLabel(), d.getIconURI())).toList();
    }

    private Stream<MPartDescriptor> tagged(String tag) {
        return application.getDescriptors().stream().filter(d -> d.getTags().contains(tag));
    }
}
