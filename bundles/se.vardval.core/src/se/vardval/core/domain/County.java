package se.vardval.core.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The 21 Swedish counties (län) by their two-digit county code (länskod), each with the name its region (huvudman)
 * goes by.
 */
public enum County {
    /** 01. */
    STOCKHOLM("01", "Region Stockholm"),
    /** 03. */
    UPPSALA("03", "Region Uppsala"),
    /** 04. */
    SODERMANLAND("04", "Region Sörmland"),
    /** 05. */
    OSTERGOTLAND("05", "Region Östergötland"),
    /** 06. */
    JONKOPING("06", "Region Jönköpings län"),
    /** 07. */
    KRONOBERG("07", "Region Kronoberg"),
    /** 08. */
    KALMAR("08", "Region Kalmar län"),
    /** 09. */
    GOTLAND("09", "Region Gotland"),
    /** 10. */
    BLEKINGE("10", "Region Blekinge"),
    /** 12. */
    SKANE("12", "Region Skåne"),
    /** 13. */
    HALLAND("13", "Region Halland"),
    /** 14. */
    VASTRA_GOTALAND("14", "Västra Götalandsregionen"),
    /** 17. */
    VARMLAND("17", "Region Värmland"),
    /** 18. */
    OREBRO("18", "Region Örebro län"),
    /** 19. */
    VASTMANLAND("19", "Region Västmanland"),
    /** 20. */
    DALARNA("20", "Region Dalarna"),
    /** 21. */
    GAVLEBORG("21", "Region Gävleborg"),
    /** 22. */
    VASTERNORRLAND("22", "Region Västernorrland"),
    /** 23. */
    JAMTLAND("23", "Region Jämtland Härjedalen"),
    /** 24. */
    VASTERBOTTEN("24", "Region Västerbotten"),
    /** 25. */
    NORRBOTTEN("25", "Region Norrbotten");

    private final String code;
    private final String regionName;

    County(String code, String regionName) {
        this.code = code;
        this.regionName = regionName;
    }

    /** The two-digit county code, e.g. {@code 23}. */
    public String code() {
        return code;
    }

    /** The name of the county's region, e.g. {@code Region Jämtland Härjedalen}. */
    public String regionName() {
        return regionName;
    }

    /**
     * The county with this code.
     *
     * @throws IllegalArgumentException naming the codes there are, when no county has it
     */
    public static County of(String code) {
        String trimmed = code == null ? "" : code.trim();
        return Arrays.stream(values()).filter(c -> c.code.equals(trimmed)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + code + "' är ingen länskod; länskoderna är "
                        + Arrays.stream(values()).map(County::code).collect(Collectors.joining(", "))));
    }
}
