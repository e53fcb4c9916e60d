package se.vardval.specialist.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

import se.vardval.core.domain.Activity;
import se.vardval.core.model.PaymentLines;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.specialist.internal.SpecialistParameters.EpisodeTerms;
import se.vardval.specialist.internal.SpecialistParameters.ValueBased;

/**
 * {@code EPISODE} and {@code VALUE_BASED}: follows each person's care episodes (activities with
 * {@code episode=<code>}) in date order. {@code event=START} opens a paid episode; a {@code FOLLOWUP} or
 * {@code REOPERATION} of the same person and code on or before the start + {@code warrantyDays} belongs to it and is
 * not paid again; after the warranty a {@code REOPERATION} opens a new paid episode. A START inside an open episode's
 * warranty is not paid twice, and a FOLLOWUP outside every warranty belongs to no episode. The first PROM result
 * ({@code prom=<delta>} on a follow-up) of an episode pays {@code bonusPercent} of its price when
 * delta ≥ {@code improvementThreshold} and deducts {@code deductionPercent} when delta ≤ −{@code worseningThreshold}, to
 * the unit paid for the episode. Only the activities fed as {@code paying} produce payments or reasons; earlier ones
 * (the history) only open and close episodes.
 */
final class EpisodeLedger {

    static final String EPISODE_KEY = "episode";
    static final String EVENT_KEY = "event";
    static final String PROM_KEY = "prom";

    /** Activities in the order the ledger must see them: by date, then activity id. */
    static final Comparator<Activity> ORDER = Comparator.comparing(Activity::date)
            .thenComparing(Activity::activityId);

    /** One paid care episode: its opening activity, terms, warranty end and what happened within it. */
    static final class Episode {
        final Activity opening;
        final EpisodeTerms terms;
        final LocalDate warrantyEnd;
        final List<Activity> followUps = new ArrayList<>();
        final List<Activity> reoperations = new ArrayList<>();
        BigDecimal promDelta;

        Episode(Activity opening, EpisodeTerms terms) {
            this.opening = opening;
            this.terms = terms;
            this.warrantyEnd = opening.date().plusDays(terms.warrantyDays());
        }

        boolean covers(LocalDate day) {
            return !day.isAfter(warrantyEnd);
        }
    }

    private final SpecialistParameters parameters;
    private final Map<String, Episode> open = new HashMap<>();
    private final List<Episode> episodes = new ArrayList<>();

    EpisodeLedger(SpecialistParameters parameters) {
        this.parameters = parameters;
    }

    /** Whether the activity is an episode activity. */
    static boolean isEpisode(Activity a) {
        return a.codes().containsKey(EPISODE_KEY);
    }

    /** The first day whose activities can matter for a month starting on {@code firstDay}: five warranties back. */
    static LocalDate historyFrom(SpecialistParameters parameters, LocalDate firstDay) {
        return firstDay.minusDays(5L * parameters.longestWarrantyDays());
    }

    /** Every episode opened by the activities fed so far, in the order they opened. */
    List<Episode> episodes() {
        return List.copyOf(episodes);
    }

    /** Records a history activity: it opens or joins episodes but pays nothing. */
    void history(Activity a) {
        apply(a, true, x -> { }, x -> { });
    }

    /**
     * Records an activity of the paid month: {@code contracted} says whether its unit may be paid; payments go to
     * {@code paid}, reasons to {@code unpaid}.
     */
    void paying(Activity a, Predicate<Activity> contracted, Consumer<Priced> paid, Consumer<Unpaid> unpaid) {
        if (!contracted.test(a)) {
            unpaid.accept(Contracts.noContract(a));
            return;
        }
        apply(a, false, paid, unpaid);
    }

    private void apply(Activity a, boolean history, Consumer<Priced> paid, Consumer<Unpaid> unpaid) {
        String code = a.codes().get(EPISODE_KEY);
        EpisodeTerms terms = parameters.episodes().get(code);
        if (terms == null) {
            unpaid.accept(new Unpaid(a, "UNKNOWN_EPISODE", "vårdåtagandet " + code
                    + " finns inte i förfrågningsunderlagets tabell över vårdåtaganden"));
            return;
        }
        if (!a.codes().containsKey(EVENT_KEY)) {
            unpaid.accept(new Unpaid(a, "EPISODE_EVENT_MISSING", "vårdåtagandet " + code + " saknar"
                    + " event=START|FOLLOWUP|REOPERATION"));
            return;
        }
        String event = a.codes().get(EVENT_KEY).toUpperCase(Locale.ROOT);
        String key = a.personId() + "\t" + code;
        Episode current = open.get(key);
        boolean inWarranty = current != null && current.covers(a.date());
        switch (event) {
            case "START" -> {
                if (inWarranty) {
                    unpaid.accept(new Unpaid(a, "EPISODE_ALREADY_OPEN", "patientens vårdåtagande " + code
                            + " började " + current.opening.date() + " och har garanti till och med "
                            + current.warrantyEnd + "; det ersätts en gång"));
                } else {
                    open(key, a, terms, "start", paid);
                }
            }
            case "REOPERATION" -> {
                if (inWarranty) {
                    current.reoperations.add(a);
                    unpaid.accept(new Unpaid(a, "WARRANTY", "omoperation inom garantin för vårdåtagandet " + code
                            + " som började " + current.opening.date() + " (" + terms.warrantyDays()
                            + " dagar, till och med " + current.warrantyEnd + "): ingår i priset för åtagandet"));
                } else {
                    open(key, a, terms, "omoperation efter garantin", paid);
                }
            }
            default -> followUp(a, code, inWarranty ? current : null, history, paid, unpaid);
        }
    }

    private void open(String key, Activity a, EpisodeTerms terms, String how, Consumer<Priced> paid) {
        Episode episode = new Episode(a, terms);
        open.put(key, episode);
        episodes.add(episode);
        paid.accept(new Priced(a, a.hsaId(), Components.EPISODE, BigDecimal.ONE, terms.price(), "vårdåtagande "
                + a.codes().get(EPISODE_KEY) + " " + how + ", garanti till och med " + episode.warrantyEnd));
    }

    private void followUp(Activity a, String code, Episode episode, boolean history, Consumer<Priced> paid,
            Consumer<Unpaid> unpaid) {
        if (episode == null) {
            unpaid.accept(new Unpaid(a, "NO_EPISODE", "uppföljning av vårdåtagandet " + code + " utanför garantin för"
                    + " patientens alla vårdåtaganden"));
            return;
        }
        episode.followUps.add(a);
        String prom = a.codes().get(PROM_KEY);
        if (prom == null || episode.promDelta != null) {
            return;
        }
        episode.promDelta = new BigDecimal(prom);
        if (!history) {
            valueBased(episode, paid);
        }
    }

    private void valueBased(Episode episode, Consumer<Priced> paid) {
        ValueBased v = parameters.valueBased();
        BigDecimal delta = episode.promDelta;
        BigDecimal price = episode.terms.price();
        BigDecimal percent;
        String how;
        if (delta.compareTo(v.improvementThreshold()) >= 0) {
            percent = v.bonusPercent();
            how = "PROM " + SwedishNumbers.decimal(delta) + " ≥ " + SwedishNumbers.decimal(v.improvementThreshold())
                    + ": bonus " + SwedishNumbers.decimal(percent) + " %";
        } else if (delta.compareTo(v.worseningThreshold().negate()) <= 0) {
            percent = v.deductionPercent().negate();
            how = "PROM " + SwedishNumbers.decimal(delta) + " ≤ −" + SwedishNumbers.decimal(v.worseningThreshold())
                    + ": avdrag " + SwedishNumbers.decimal(v.deductionPercent()) + " %";
        } else {
            return;
        }
        if (percent.signum() != 0) {
            Activity opening = episode.opening;
            paid.accept(new Priced(episode.followUps.getLast(), opening.hsaId(), Components.VALUE_BASED,
                    BigDecimal.ONE, price.multiply(percent).divide(PaymentLines.HUNDRED), how + " av "
                            + SwedishNumbers.decimal(price) + " kr, vårdåtagandet började " + opening.date()));
        }
    }
}
