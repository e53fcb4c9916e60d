package se.vardval.ui.api;

/** The tags and persisted-state keys by which the client and plugins' fragments find each other's model elements. */
public final class ClientTags {

    /** Tag prefix of a part descriptor shown under each vårdval of a model type: {@code vardval.model:halsoval}. */
    public static final String MODEL_PREFIX = "vardval.model:";

    /** Tag of a part descriptor shown under every vårdval, whatever its model (e.g. the year's views). */
    public static final String EVERY_MODEL = MODEL_PREFIX + "*";

    /** Persisted-state key of an opened part: the id of the vårdval it shows. */
    public static final String CARE_CHOICE = "vardval.careChoice";

    /** Persisted-state key of an opened part: the key of the item it shows (a run id, a year, an HSA-id...). */
    public static final String ITEM = "vardval.item";

    /**
     * Persisted-state key of a part that registers a new item (it has no {@link #ITEM} until saved): what the new
     * item starts from, e.g. the provider of a new unit or the unit of a new contract.
     */
    public static final String PRESET = "vardval.preset";

    /** Element id of the part stack where the client opens editors and views. */
    public static final String EDITOR_STACK = "se.vardval.ui.partstack.editors";

    /** Widget data key by which tests and screenshots find widgets: {@code widget.setData(WIDGET_KEY, "run.totals")}. */
    public static final String WIDGET_KEY = "vardval.key";

    private ClientTags() {
    }
}
