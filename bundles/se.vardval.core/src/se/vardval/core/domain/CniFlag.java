package se.vardval.core.domain;

import java.math.BigDecimal;

/** The Care Need Index variables of SCB, each with its weight. */
public enum CniFlag {
    /** Child under five years. */
    UNDER5("3.23"),
    /** Born abroad outside the EU. */
    FOREIGN_BORN("5.72"),
    /** Older than 65 and living alone. */
    OLD_ALONE("6.15"),
    /** Single parent with a child under 17. */
    SINGLE_PARENT("4.19"),
    /** Moved into the area during the past year. */
    MOVED_IN("4.19"),
    /** Unemployed or in a labour market programme. */
    UNEMPLOYED("5.13"),
    /** Low education, aged 25–64. */
    LOW_EDUCATION("3.97");

    private final BigDecimal scbWeight;

    CniFlag(String scbWeight) {
        this.scbWeight = new BigDecimal(scbWeight);
    }

    /** The weight SCB gives this variable in the index. */
    public BigDecimal scbWeight() {
        return scbWeight;
    }

    /** The variable as a Swedish administrator reads it: {@code barn under 5 år}, {@code ensamstående äldre}. */
    public String swedishName() {
        return switch (this) {
            case UNDER5 -> "barn under 5 år";
            case FOREIGN_BORN -> "född utanför EU";
            case OLD_ALONE -> "ensamstående äldre över 65 år";
            case SINGLE_PARENT -> "ensamstående förälder";
            case MOVED_IN -> "inflyttad under året";
            case UNEMPLOYED -> "arbetslös eller i åtgärd";
            case LOW_EDUCATION -> "kort utbildning, 25–64 år";
        };
    }
}
