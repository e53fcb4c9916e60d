package se.vardval.ui.parts;

import java.util.Objects;

import org.eclipse.e4.core.di.annotations.Creatable;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

import jakarta.inject.Inject;
import se.vardval.ui.api.ClientTags;

/**
 * Opens a part from its descriptor in the editor area for one vårdval and item, or brings forward the part already
 * showing them. The vårdval and item travel in the part's persisted state ({@link ClientTags#CARE_CHOICE},
 * {@link ClientTags#ITEM}), so a plugin's part reads them the same way.
 */
@Creatable
public class PartOpener {

    private final EPartService parts;
    private final EModelService model;
    private final MApplication application;

    /** Created by injection with the workbench's part and model services. */
    @Inject
    public PartOpener(EPartService parts, EModelService model, MApplication application) {
        this.parts = parts;
        this.model = model;
        this.application = application;
    }

    /** Shows the part of {@code descriptorId} for the vårdval and item (either may be null). */
    public MPart open(String descriptorId, String careChoice, String item) {
        MPart part = parts.getParts().stream()
                .filter(p -> descriptorId.equals(p.getElementId()) && same(p, careChoice, item)).findFirst()
                .orElseGet(() -> create(descriptorId, careChoice, item));
        return parts.showPart(part, PartState.ACTIVATE);
    }

    /**
     * Shows the part of {@code descriptorId} that registers a new item for the vårdval, starting from {@code preset}
     * (see {@link ClientTags#PRESET}; either may be null), or brings forward the one not yet saved.
     */
    public MPart openNew(String descriptorId, String careChoice, String preset) {
        MPart part = parts.getParts().stream()
                .filter(p -> descriptorId.equals(p.getElementId()) && same(p, careChoice, null)
                        && Objects.equals(p.getPersistedState().get(ClientTags.PRESET), preset))
                .findFirst().orElseGet(() -> {
                    MPart created = create(descriptorId, careChoice, null);
                    put(created, ClientTags.PRESET, preset);
                    return created;
                });
        return parts.showPart(part, PartState.ACTIVATE);
    }

    private MPart create(String descriptorId, String careChoice, String item) {
        MPart part = parts.createPart(descriptorId);
        put(part, ClientTags.CARE_CHOICE, careChoice);
        put(part, ClientTags.ITEM, item);
        MPartStack stack = (MPartStack) model.find(ClientTags.EDITOR_STACK, application);
        stack.getChildren().add(part);
        return part;
    }

    private static void put(MPart part, String key, String value) {
        if (value != null) {
            part.getPersistedState().put(key, value);
        }
    }

    private static boolean same(MPart part, String careChoice, String item) {
        return Objects.equals(part.getPersistedState().get(ClientTags.CARE_CHOICE), careChoice)
                && Objects.equals(part.getPersistedState().get(ClientTags.ITEM), item);
    }
}
