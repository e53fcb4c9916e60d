package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import se.vardval.core.model.Explanation;
import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;

/** A capitation of kr per weight point and year, the weight given by the listed person's age band. */
abstract class AgeWeightedCapitation implements PaymentComponent {

    private final String code;

    AgeWeightedCapitation(String code) {
        this.code = code;
    }

    abstract AgeTable table(HalsovalParameters parameters);

    abstract BigDecimal krPerPointAndYear(HalsovalParameters parameters);

    @Override
    public void addLines(RunContext run, List<PaymentLine> lines) {
        AgeTable table = table(run.parameters());
        BigDecimal kr = krPerPointAndYear(run.parameters());
        for (Map.Entry<String, UnitTally> unit : run.listings().byUnit().entrySet()) {
            BigDecimal points = unit.getValue().points(table);
            Lines.add(lines, unit.getKey(), code, points, Fraction.of(points.multiply(kr), PaymentLines.MONTHS));
        }
    }

    @Override
    public boolean owns(String component) {
        return code.equals(component);
    }

    /** What one listed person brings in the month. */
    Fraction personKr(RunContext run, ListedFacts person) {
        return Fraction.of(table(run.parameters()).weight(person.age(), person.sex())
                .multiply(krPerPointAndYear(run.parameters())), PaymentLines.MONTHS);
    }

    /** The person's age band and weight, for an explanation. */
    String detail(RunContext run, ListedFacts person) {
        AgeTable table = table(run.parameters());
        return "ålder " + person.age() + ", åldersgrupp " + table.label(person.age()) + ", vikt "
                + SwedishNumbers.decimal(table.weight(person.age(), person.sex()));
    }

    @Override
    public Explanation explain(RunContext run, List<PaymentLine> lines, String hsaId, String component, int maxRows) {
        AgeTable table = table(run.parameters());
        Rows rows = new Rows(maxRows);
        run.forEachListed(hsaId, person -> rows.add(person.personId(), person.sex().name(),
                Integer.toString(person.age()), table.label(person.age()),
                PaymentLines.show(table.weight(person.age(), person.sex())), Lines.show(personKr(run, person), 4)));
        return rows.explanation("Σ över de listade den " + run.listingDay() + " av vikten för deras åldersgrupp × "
                + SwedishNumbers.decimal(krPerPointAndYear(run.parameters())) + " kr per poäng och år / 12.",
                "Personnummer", "Kön", "Ålder", "Åldersgrupp", "Vikt", "Kr");
    }
}
