package se.vardval.specialist.internal;

import java.util.List;

import se.vardval.core.model.RunInputs;
import se.vardval.specialist.EpisodeStatus;

/** The episodes a month's run follows, as public statuses. */
public final class Episodes {

    private Episodes() {
    }

    /** Every episode opened up to the end of the inputs' month. */
    public static List<EpisodeStatus> of(RunInputs inputs) {
        MonthlyRun run = MonthlyRun.of(RunContext.of(inputs));
        return run.month().activities().episodes().stream().map(e -> new EpisodeStatus(e.opening.personId(),
                e.opening.codes().get(EpisodeLedger.EPISODE_KEY), e.opening.hsaId(), e.opening.date(),
                e.warrantyEnd, e.followUps.size(), e.reoperations.size(), e.promDelta)).toList();
    }
}
