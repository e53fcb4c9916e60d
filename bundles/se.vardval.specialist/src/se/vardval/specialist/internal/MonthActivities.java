package se.vardval.specialist.internal;

import java.util.ArrayList;
import java.util.List;

import se.vardval.core.domain.Activity;

/**
 * What the month's activities came to: each paid activity's contribution and each unpaid activity with its reason,
 * and the episodes (with their history) as the ledger saw them.
 */
record MonthActivities(List<Priced> paid, List<Unpaid> unpaid, List<EpisodeLedger.Episode> episodes) {

    /**
     * Prices the month's activities: DRG, episode and visit activities by their pricing, after the history's
     * episodes; an activity of a unit without a contract that day is not paid.
     */
    static MonthActivities price(RunContext run, List<Activity> month, List<Activity> history) {
        SpecialistParameters p = run.parameters();
        List<Priced> paid = new ArrayList<>();
        List<Unpaid> unpaid = new ArrayList<>();
        EpisodeLedger ledger = new EpisodeLedger(p);
        history.stream().filter(EpisodeLedger::isEpisode).sorted(EpisodeLedger.ORDER).forEach(ledger::history);
        List<Activity> ordered = new ArrayList<>(month);
        ordered.sort(EpisodeLedger.ORDER);
        for (Activity a : ordered) {
            if (EpisodeLedger.isEpisode(a)) {
                ledger.paying(a, x -> Contracts.covers(run.inputs().contracts(), x), paid::add, unpaid::add);
            } else if (!Contracts.covers(run.inputs().contracts(), a)) {
                unpaid.add(Contracts.noContract(a));
            } else if (a.codes().containsKey(DrgPricing.DRG_KEY)) {
                DrgPricing.price(a, p, paid::add, unpaid::add);
            } else {
                VisitPricing.price(a, p, paid::add, unpaid::add);
            }
        }
        return new MonthActivities(List.copyOf(paid), List.copyOf(unpaid), ledger.episodes());
    }
}
