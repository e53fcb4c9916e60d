package se.vardval.tandvard.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;

/**
 * {@code CAPITATION}: per unit, Σ over the children listed on the listing day within the age limits of
 * {@code capitation[ageGroup][careNeedGroup]} / 12, rounded once. Children outside the limits, areas missing from the
 * care-need table (paid as the default group) and listings that cannot be read are counted and warned of per unit.
 */
final class Capitation {

    static final String CODE = "CAPITATION";

    /** What the listing day brought one unit. */
    private static final class Tally {
        int paid;
        BigDecimal annual = BigDecimal.ZERO;
        int outside;
        int unknownArea;
        int withoutRecord;
        int invalid;
    }

    private Capitation() {
    }

    /** Adds a CAPITATION line per unit and the unit's warnings. */
    static void addLines(RunContext run, List<PaymentLine> lines) {
        Map<String, Tally> units = new TreeMap<>();
        run.inputs().forEachListedOn(run.listingDay(), listed -> {
            Tally tally = units.computeIfAbsent(listed.hsaId(), u -> new Tally());
            ListedChild child;
            try {
                child = ListedChild.of(listed, run.parameters(), run.listingDay());
            } catch (IllegalArgumentException e) {
                tally.invalid++;
                return;
            }
            if (listed.person() == null) {
                tally.withoutRecord++;
            }
            if (!child.paid()) {
                tally.outside++;
                return;
            }
            tally.paid++;
            tally.annual = tally.annual.add(child.krPerYear());
            if (!child.areaKnown()) {
                tally.unknownArea++;
            }
        });
        units.forEach((hsaId, tally) -> {
            PaymentLines.add(lines, hsaId, CODE, BigDecimal.valueOf(tally.paid), tally.annual, PaymentLines.MONTHS);
            warn(run, hsaId, tally);
        });
    }

    private static void warn(RunContext run, String hsaId, Tally tally) {
        TandvardParameters p = run.parameters();
        if (tally.outside > 0) {
            run.warn(hsaId, "AGE_OUTSIDE_LIMITS", "Listade barn utanför åldersgränserna " + p.minAge() + "–"
                    + p.maxAge() + " den " + run.listingDay() + ": " + tally.outside + "; de ger ingen kapitering.");
        }
        if (tally.unknownArea > 0) {
            run.warn(hsaId, "UNKNOWN_CARE_NEED_AREA", "Listade barn utan områdeskod eller med en kod som saknas i"
                    + " förfrågningsunderlagets tabell över vårdbehov: " + tally.unknownArea
                    + "; de ersätts som vårdbehovsgrupp " + p.defaultCareNeedGroup() + ".");
        }
        if (tally.withoutRecord > 0) {
            run.warn(hsaId, "PERSON_RECORD_MISSING", "Listade barn som saknas i personregistret: "
                    + tally.withoutRecord + "; åldern tas från personnumret och området är okänt.");
        }
        if (tally.invalid > 0) {
            run.warn(hsaId, "INVALID_PERSON_ID", "Listningar med ogiltigt personnummer och utan uppgifter i"
                    + " personregistret: " + tally.invalid + "; de ger ingen ersättning.");
        }
    }

    /** Streams the listing day's children at one unit, or at every unit when {@code hsaId} is null. */
    static void forEachChild(RunContext run, String hsaId, Consumer<ListedChild> sink) {
        run.inputs().forEachListedOn(run.listingDay(), listed -> {
            if (hsaId == null || listed.hsaId().equals(hsaId)) {
                try {
                    sink.accept(ListedChild.of(listed, run.parameters(), run.listingDay()));
                } catch (IllegalArgumentException e) {
                    // counted and warned of by the calculation
                }
            }
        });
    }
}
