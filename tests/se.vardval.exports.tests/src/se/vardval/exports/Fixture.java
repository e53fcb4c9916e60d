package se.vardval.exports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.County;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Region;
import se.vardval.core.domain.RunState;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RejectedItem;
import se.vardval.core.model.RunWarning;

/**
 * An approved Hälsoval run of two providers with three units, with Swedish letters in the names, and rejected items
 * at each provider.
 */
final class Fixture {

    static final String ARE = "5560000019";
    static final String REGION = "2321000206";
    /** The region that pays, by the organisationsnummer of its own units' provider. */
    static final Region PAYER = Region.of(County.JAMTLAND, REGION);

    /** Patients of the region's units (Östersund, Bräcke) and of Åre. */
    static final String OST_PATIENT = "19121212-1212";
    static final String OST_OTHER_PATIENT = "19400101-9019";
    static final String ARE_PATIENT = "19850505-1238";
    static final String UNRELATED_PERSON = "19500303-4567";

    /** Four rejected items in stored order (by unit, date, item): two at Östersund, one at Bräcke, one at Åre. */
    static final List<RejectedItem> REJECTIONS = List.of(
            new RejectedItem("SE-ARE", "HV0000000104", ARE_PATIENT, LocalDate.of(2020, 3, 11), "UNKNOWN_DRG",
                    "DRG-koden 999X finns inte i årets viktlista"),
            new RejectedItem("SE-BRA", "AVTAL-7", null, null, "NO_CONTRACT", "enheten saknar avtal i månaden"),
            new RejectedItem("SE-OST", "HV0000000101", OST_PATIENT, LocalDate.of(2020, 3, 4), "REFERRAL_MISSING",
                    "nybesök utan remiss; förfrågningsunderlaget kräver remiss"),
            new RejectedItem("SE-OST", "HV0000000102", OST_OTHER_PATIENT, LocalDate.of(2020, 3, 9), "NO_VISIT_PRICE",
                    "inget pris för kontakttyp PHYSICAL, yrke NURSE och besökstyp RETURN i prislistan för 2020;"
                            + " remissen gällde " + UNRELATED_PERSON + ", inte patienten"));

    private Fixture() {
    }

    static RunDocument document() {
        PaymentRun run = new PaymentRun(42, "halsoval", YearMonth.of(2020, 3), 2020, RunState.APPROVED, "sha256:x",
                null, "anna", Instant.parse("2020-04-02T08:00:00Z"), "bertil", Instant.parse("2020-04-03T08:00:00Z"),
                null, new BigDecimal("1255734.56"));
        List<Provider> providers = List.of(new Provider(ARE, "Hälsocentralen Åre AB", Ownership.PRIVATE),
                new Provider(REGION, "Region Jämtland Härjedalen", Ownership.REGION_RUN));
        List<Unit> units = List.of(new Unit("SE-ARE", "Åre hälsocentral", ARE, "2321", 9000),
                new Unit("SE-OST", "Östersund Lugnvik", REGION, "2380", 12000),
                new Unit("SE-BRA", "Bräcke hälsocentral", REGION, "2305", 6000));
        List<PaymentLine> lines = List.of(
                line("SE-ARE", "AGE_CAPITATION", "3012.5", "204.4166666667", "615800.21"),
                line("SE-ARE", "PENALTY", "1", "-10000", "-10000.00"),
                line("SE-OST", "AGE_CAPITATION", "2500", "204.4166666667", "511041.67"),
                line("SE-OST", "CNI", "1.2", "50000", "60000.00"),
                line("SE-BRA", "AGE_CAPITATION", "386.75", "204.4166666667", "78892.68"));
        List<RunWarning> warnings = List.of(new RunWarning("SE-ARE", "NO_DISTANCE", "2 personer saknar avstånd"),
                new RunWarning("SE-OST", "CNI_FALLBACK", "CNI från 2020-01 används"),
                new RunWarning(null, "RUN_WIDE", "gäller hela körningen"));
        return new RunDocument(run, new CareChoice("halsoval", "Hälsoval", "halsoval"), "RS 2019-11-26 § 201",
                providers, units, lines, warnings, REJECTIONS);
    }

    private static PaymentLine line(String unit, String component, String basis, String rate, String amount) {
        return new PaymentLine(unit, component, new BigDecimal(basis), new BigDecimal(rate), new BigDecimal(amount));
    }
}
