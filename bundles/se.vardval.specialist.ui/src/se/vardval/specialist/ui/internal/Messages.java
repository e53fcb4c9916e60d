package se.vardval.specialist.ui.internal;

/** The specialist views' texts, injected with {@code @Translation} from {@code OSGI-INF/l10n/bundle*.properties}. */
public class Messages {

    public String upTo;
    public String month;
    public String show;
    public String reading;
    public String noRulebook;
    public String provider;
    public String ceiling;
    public String production;
    public String aboveCeiling;
    public String reduction;
    public String paid;
    public String noCeiling;
    public String ceilingTitle;
    public String ceilingSummary;
    public String ceilingLine;
    public String noRuns;
    public String kronor;
    public String patient;
    public String episode;
    public String episodeHip;
    public String episodeKnee;
    public String unit;
    public String start;
    public String warrantyEnd;
    public String status;
    public String followUps;
    public String reoperations;
    public String prom;
    public String underWarranty;
    public String warrantyEnded;
    public String episodesSummary;
    public String noEpisodes;
}
