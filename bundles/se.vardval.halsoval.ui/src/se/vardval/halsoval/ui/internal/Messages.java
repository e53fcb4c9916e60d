package se.vardval.halsoval.ui.internal;

/** The Hälsoval views' texts, injected with {@code @Translation} from {@code OSGI-INF/l10n/bundle*.properties}. */
public class Messages {

    public String month;
    public String show;
    public String reading;
    public String noRulebook;
    public String unit;
    public String allUnits;
    public String listed;
    public String index;
    public String cni;
    public String cniTitle;
    public String cniUnlabelled;
    public String cniSummary;
    public String reference;
    public String pyramidTitle;
    public String pyramidSummary;
    public String women;
    public String men;
    public String persons;
    public String mixTitle;
    public String mixUnlabelled;
    public String mixSummary;
    public String noRun;
    public String share;
}
