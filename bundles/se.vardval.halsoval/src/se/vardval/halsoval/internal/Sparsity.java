package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.Unit;
import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.halsoval.internal.HalsovalParameters.CatchmentBand;
import se.vardval.halsoval.internal.HalsovalParameters.DistanceBand;
import se.vardval.halsoval.internal.HalsovalParameters.SparsityMode;

/**
 * {@code SPARSITY} (glesbygdsersättning): by each listed person's distance to the county hospital, or by the unit's
 * catchment population.
 */
final class Sparsity implements PaymentComponent {

    static final String CODE = "SPARSITY";

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        SparsityMode mode = run.parameters().sparsity().mode();
        if (mode == SparsityMode.DISTANCE) {
            List<DistanceBand> bands = run.parameters().sparsity().distanceBands();
            for (Map.Entry<String, UnitTally> unit : run.listings().byUnit().entrySet()) {
                UnitTally tally = unit.getValue();
                BigDecimal persons = BigDecimal.ZERO;
                BigDecimal krPerYear = BigDecimal.ZERO;
                for (int band = 0; band < bands.size(); band++) {
                    BigDecimal count = BigDecimal.valueOf(tally.inDistanceBand(band));
                    persons = persons.add(count);
                    krPerYear = krPerYear.add(count.multiply(bands.get(band).krPerYear()));
                }
                Lines.add(lines, unit.getKey(), CODE, persons, Fraction.of(krPerYear, PaymentLines.MONTHS));
                if (tally.withoutDistance() > 0) {
                    run.warn(unit.getKey(), "DISTANCE_MISSING", tally.withoutDistance() + " av de listade saknar"
                            + " avstånd till länssjukhuset i personregistret och ger ingen glesbygdsersättning.");
                }
            }
        } else if (mode == SparsityMode.CATCHMENT) {
            for (Unit unit : run.units().byHsaId().values()) {
                if (unit.catchmentPopulation() == null) {
                    run.warn(unit.hsaId(), "CATCHMENT_MISSING", "Enheten saknar befolkning i upptagningsområdet i"
                            + " enhetsregistret och får ingen glesbygdsersättning.");
                    continue;
                }
                CatchmentBand band = catchmentBand(run, unit.catchmentPopulation());
                if (band != null) {
                    Lines.add(lines, unit.hsaId(), CODE, BigDecimal.ONE, Fraction.of(band.krPerYear(),
                            PaymentLines.MONTHS));
                }
            }
        }
    }

    @Override
    public boolean owns(String component) {
        return CODE.equals(component);
    }

    /** What one listed person brings: the kr of the person's distance band (nothing under CATCHMENT or NONE). */
    Fraction personKr(RunContext run, ListedFacts person) {
        int band = run.listings().distanceBand(person.distanceKm());
        return band < 0 ? Fraction.ZERO
                : Fraction.of(run.parameters().sparsity().distanceBands().get(band).krPerYear(), PaymentLines.MONTHS);
    }

    private static CatchmentBand catchmentBand(RunContext run, int population) {
        for (CatchmentBand band : run.parameters().sparsity().catchmentBands()) {
            if (band.maxPopulation() == null || population <= band.maxPopulation()) {
                return band;
            }
        }
        return null;
    }

    private static String label(DistanceBand band) {
        return SwedishNumbers.decimal(band.fromKm()) + (band.toKm() == null ? "+ km"
                : "–" + SwedishNumbers.decimal(band.toKm()) + " km");
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        Rows rows = new Rows(maxRows);
        SparsityMode mode = run.parameters().sparsity().mode();
        if (mode == SparsityMode.CATCHMENT) {
            Unit unit = run.units().byHsaId().get(hsaId);
            Integer population = unit == null ? null : unit.catchmentPopulation();
            CatchmentBand band = population == null ? null : catchmentBand(run, population);
            if (band != null) {
                rows.add(population.toString(), band.maxPopulation() == null ? "alla" : "≤ " + band.maxPopulation(),
                        PaymentLines.show(band.krPerYear()), Lines.show(Fraction.of(band.krPerYear(),
                                PaymentLines.MONTHS), 2));
            }
            return rows.explanation("Per enhet: årsbeloppet för det intervall som enhetens befolkning i"
                    + " upptagningsområdet hör till, / 12.", "Befolkning i upptagningsområdet", "Intervall",
                    "Kr per år", "Kr");
        }
        List<DistanceBand> bands = run.parameters().sparsity().distanceBands();
        if (mode == SparsityMode.DISTANCE) {
            run.forEachListed(hsaId, person -> {
                int band = run.listings().distanceBand(person.distanceKm());
                rows.add(person.personId(), person.distanceKm() == null ? "okänt"
                        : PaymentLines.show(person.distanceKm()),
                        band < 0 ? "inget" : label(bands.get(band)), Lines.show(personKr(run, person), 4));
            });
        }
        return rows.explanation(mode == SparsityMode.NONE
                ? "Ingen glesbygdsersättning betalas (sparsity.mode = NONE)."
                : "Per listad person: årsbeloppet för det intervall som personens avstånd till länssjukhuset hör"
                        + " till, / 12.",
                "Personnummer", "Avstånd km", "Intervall", "Kr");
    }
}
