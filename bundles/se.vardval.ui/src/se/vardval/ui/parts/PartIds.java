package se.vardval.ui.parts;

/** The ids of the client's own part descriptors and event topics. */
public final class PartIds {

    /** The payment run view of a vårdval (item: a run id, or none to calculate a new period). */
    public static final String RUN = "se.vardval.ui.partdescriptor.run";
    /** The rulebook editor (item: the year). */
    public static final String RULEBOOK = "se.vardval.ui.partdescriptor.rulebook";
    /** The provider editor (item: the organisationsnummer). */
    public static final String PROVIDER = "se.vardval.ui.partdescriptor.provider";
    /** The unit editor (item: the HSA-id). */
    public static final String UNIT = "se.vardval.ui.partdescriptor.unit";
    /** The contract editor (item: contract id and HSA-id, {@code id|hsa}). */
    public static final String CONTRACT = "se.vardval.ui.partdescriptor.contract";
    /** Persons and listings search. */
    public static final String SEARCH = "se.vardval.ui.partdescriptor.search";
    /** Follow-up: indicators per unit and month. */
    public static final String FOLLOW_UP = "se.vardval.ui.partdescriptor.followup";

    /** The audit log of every change. */
    public static final String AUDIT = "se.vardval.ui.partdescriptor.audit";
    /** The finance account of each payment component of a vårdval. */
    public static final String ACCOUNTS = "se.vardval.ui.partdescriptor.accounts";
    /** The region that pays the providers of every vårdval. */
    public static final String REGION = "se.vardval.ui.partdescriptor.region";
    /** A model tool of a vårdval (item: the tool's id). */
    public static final String TOOL = "se.vardval.ui.partdescriptor.tool";

    /** Event topic posted after the stored data changed (import, run, save); the navigator refreshes. */
    public static final String DATA_CHANGED = "vardval/data/changed";

    private PartIds() {
    }
}
