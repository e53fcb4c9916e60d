package se.vardval.ui.navigator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.junit.jupiter.api.Test;

import se.vardval.ui.api.ClientTags;

/** The views a vårdval lists: those of every model first, then its own model's, and never another model's. */
class ModelViewsTest {

    @Test
    void viewsForEveryVardvalThenTheModelsOwn() {
        MApplication application = MApplicationFactory.INSTANCE.createApplication();
        application.getDescriptors().add(descriptor("cni", ClientTags.MODEL_PREFIX + "halsoval"));
        application.getDescriptors().add(descriptor("riskpool", ClientTags.MODEL_PREFIX + "tandvard"));
        application.getDescriptors().add(descriptor("scenarios", ClientTags.EVERY_MODEL));
        application.getDescriptors().add(descriptor("editor"));
        ModelViews views = new ModelViews(application);

        assertEquals(List.of("scenarios", "cni"), views.of("halsoval").stream().map(ModelView::descriptorId).toList());
        assertEquals(List.of("scenarios", "riskpool"),
                views.of("tandvard").stream().map(ModelView::descriptorId).toList());
        assertEquals(List.of("scenarios"), views.of("other").stream().map(ModelView::descriptorId).toList());
    }

    private static MPartDescriptor descriptor(String id, String... tags) {
        MPartDescriptor descriptor = MBasicFactory.INSTANCE.createPartDescriptor();
        descriptor.setElementId(id);
        descriptor.setLabel(id);
        descriptor.getTags().addAll(List.of(tags));
        return descriptor;
    }
}
