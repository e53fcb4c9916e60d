package se.vardval.specialist;

import java.util.List;

import se.vardval.core.model.RunInputs;
import se.vardval.specialist.internal.Episodes;

/** The care episodes of a specialist vårdval up to the end of a month, read as the model reads them for its run. */
public final class EpisodeRegister {

    private EpisodeRegister() {
    }

    /**
     * Every episode opened from the model's history window (five of the longest warranties back) to the end of the
     * inputs' month, in the order they opened.
     *
     * @throws se.vardval.core.service.UserError when the rulebook's parameters are invalid
     */
    public static List<EpisodeStatus> episodes(RunInputs inputs) {
        return Episodes.of(inputs);
    }
}
