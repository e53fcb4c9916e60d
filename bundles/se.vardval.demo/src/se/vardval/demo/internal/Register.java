package se.vardval.demo.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import se.vardval.core.domain.OrgNr;
import se.vardval.core.domain.Provider;

/**
 * Writes the register files: providers, units (with the catchment counted while the persons were generated), one
 * Hälsoval contract per unit, and tilläggsuppdrag for asylum seekers (every ninth unit) and for on-call duty at the
 * remote units.
 */
final class Register {

    private static final BigDecimal ASYLUM = new BigDecimal("120000");
    private static final BigDecimal ON_CALL = new BigDecimal("480000");

    private final RegionPlan plan;
    private final YearMonth from;

    Register(RegionPlan plan, YearMonth from) {
        this.plan = plan;
        this.from = from;
    }

    void writeProviders(CsvOut out) throws IOException {
        for (Provider provider : plan.providers()) {
            out.row(OrgNr.withHyphen(provider.orgNr()), provider.name(), provider.ownership());
        }
    }

    void writeUnits(CsvOut out) throws IOException {
        for (DemoUnit unit : plan.units()) {
            out.row(unit.hsaId(), unit.name(), OrgNr.withHyphen(unit.provider().orgNr()), unit.municipality().code(),
                    unit.catchment());
        }
    }

    void writeContracts(CsvOut out) throws IOException {
        LocalDate since = LocalDate.of(from.getYear() - 4, 1, 1);
        for (DemoUnit unit : plan.units()) {
            out.row(contractId(unit), Visits.CARE_CHOICE, OrgNr.withHyphen(unit.provider().orgNr()), unit.hsaId(), since,
                    null);
        }
    }

    void writeSupplementary(CsvOut out) throws IOException {
        LocalDate since = LocalDate.of(from.getYear(), 1, 1);
        for (DemoUnit unit : plan.units()) {
            if (unit.index() % 9 == 3) {
                out.row(contractId(unit), "ASYL", "Hälso- och sjukvård för asylsökande", ASYLUM, since, null);
            }
            if (unit.municipality().maxKm() >= 180 && unit.index() % 3 == 1) {
                out.row(contractId(unit), "JOUR", "Jourverksamhet i glesbygd", ON_CALL, since, null);
            }
        }
    }

    private static String contractId(DemoUnit unit) {
        return String.format("HV-%04d", unit.index() + 1);
    }
}
