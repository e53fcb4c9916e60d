package se.vardval.specialist.ui.internal;

/** A care episode in the client's language by the rulebook's episode code: {@code HIP} is "höft". */
record EpisodeNames(Messages messages) {

    /** The episode's name, or its code for a code this view does not know. */
    String of(String code) {
        return switch (code) {
            case "HIP" -> messages.episodeHip;
            case "KNEE" -> messages.episodeKnee;
            default -> code;
        };
    }
}
