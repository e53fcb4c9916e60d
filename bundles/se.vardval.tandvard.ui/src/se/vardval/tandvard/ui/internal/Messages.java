package se.vardval.tandvard.ui.internal;

/** The Tandvård views' texts, injected with {@code @Translation} from {@code OSGI-INF/l10n/bundle*.properties}. */
public class Messages {

    public String month;
    public String show;
    public String reading;
    public String noRulebook;
    public String clinic;
    public String allClinics;
    public String outside;
    public String outsideColumn;
    public String listed;
    public String cell;
    public String careNeedGroup;
    public String title;
    public String summary;
    public String children;
}
