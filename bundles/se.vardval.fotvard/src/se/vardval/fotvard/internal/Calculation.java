package se.vardval.fotvard.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import se.vardval.core.model.PaymentLine;
import se.vardval.core.model.RunWarning;

/** The month of a run: its payment lines, rejected treatments, cost hand-overs and warnings. */
record Calculation(List<PaymentLine> lines, List<Decision> rejected, List<HandOver> handOvers,
        List<RunWarning> warnings) {

    /** Calculates the run's month. */
    static Calculation of(RunContext run) {
        List<Decision> decisions = run.decisions();
        List<HandOver> handOvers = handOvers(run, decisions);
        return new Calculation(Lines.of(decisions), decisions.stream().filter(d -> !d.isPaid()).toList(), handOvers,
                run.warnings().stream().sorted(RunWarning.ORDER).toList());
    }

    /**
     * The hand-over of each paid treatment to the unit where the person is listed in the named vårdval on the day;
     * treatments of persons not listed there are counted per treating unit and warned of.
     */
    private static List<HandOver> handOvers(RunContext run, List<Decision> decisions) {
        String careChoice = run.parameters().costHandOverCareChoice();
        List<HandOver> handOvers = new ArrayList<>();
        Map<String, Integer> notListed = new TreeMap<>();
        for (Decision d : decisions) {
            if (!d.isPaid()) {
                continue;
            }
            Optional<String> unit = run.inputs().listedUnitOn(careChoice, d.treatment().personId(),
                    d.treatment().date());
            if (unit.isPresent()) {
                handOvers.add(new HandOver(unit.get(), d.total(), d.treatment().activityId(), d));
            } else {
                notListed.merge(d.treatment().hsaId(), 1, Integer::sum);
            }
        }
        notListed.forEach((hsaId, n) -> run.warn(hsaId, "COST_NOT_HANDED_OVER", "Ersatta behandlingar av personer"
                + " som inte var listade i " + careChoice + " på behandlingsdagen: " + n
                + "; deras kostnad överförs inte till någon enhet."));
        return List.copyOf(handOvers);
    }
}
