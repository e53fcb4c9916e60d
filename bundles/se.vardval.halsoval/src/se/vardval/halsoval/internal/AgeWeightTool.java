package se.vardval.halsoval.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import se.vardval.core.model.ModelTool;
import se.vardval.core.model.RulebookChange;
import se.vardval.core.model.SwedishNumbers;
import se.vardval.core.model.ToolData;
import se.vardval.core.model.ToolInput;
import se.vardval.core.model.ToolInput.Kind;
import se.vardval.core.model.ToolRequest;
import se.vardval.core.model.ToolResult;
import se.vardval.core.service.UserError;
import se.vardval.halsoval.AgeWeightDerivation;

/**
 * The administrator's tool "derive age weights": twelve months of the vårdval's visits of the region's residents
 * (doctor visits ×2, telephone prescriptions left out) give a proposed {@code capitation.ageWeights} table for a
 * draft rulebook, shown beside the draft's current weights. By default the twelve months end in October of the year
 * before the draft's year, as Jämtland Härjedalen's 2020 weights used 2018-11 to 2019-10; residents count by their
 * age on the last day of the twelve months. Its table and notes write numbers the Swedish way ({@code 28 351},
 * {@code 0,9214}); the proposed change keeps the exact weights.
 */
@Component(service = ModelTool.class)
public class AgeWeightTool implements ModelTool {

    static final String PATH = "capitation.ageWeights";
    private static final int MONTHS = 12;
    private static final int WEIGHT_DECIMALS = 4;

    @Override
    public String modelType() {
        return HalsovalModel.MODEL_TYPE;
    }

    @Override
    public String id() {
        return "age-weights";
    }

    @Override
    public String name(Locale locale) {
        return ToolTexts.of(locale).text("Härled åldersvikter", "Derive age weights");
    }

    @Override
    public String description(Locale locale) {
        return ToolTexts.of(locale).text("Föreslår åldersvikterna för ett utkast till regelbok ur tolv månaders "
                + "besök av länets invånare: läkarbesök räknas två gånger, telefonrecept inte alls.",
                "Proposes a draft rulebook's age weights from twelve months of the county residents' visits: doctor "
                        + "visits count twice, telephone prescriptions not at all.");
    }

    @Override
    public List<ToolInput> inputs(Locale locale) {
        ToolTexts t = ToolTexts.of(locale);
        return List.of(new ToolInput("draft", Kind.DRAFT_YEAR, t.text("Utkast (år)", "Draft (year)"), true),
                new ToolInput("from", Kind.MONTH, t.text("Första månaden (standard: november två år före)",
                        "First month (default: November two years before)"), false),
                new ToolInput("to", Kind.MONTH, t.text("Sista månaden (första + 11)", "Last month (first + 11)"),
                        false));
    }

    @Override
    public ToolResult run(ToolRequest request, ToolData data, Locale locale) {
        int year = request.year("draft");
        YearMonth from = request.month("from").orElse(YearMonth.of(year - 2, 11));
        YearMonth to = request.month("to").orElse(from.plusMonths(MONTHS - 1));
        if (!to.equals(from.plusMonths(MONTHS - 1))) {
            throw new UserError("åldersvikterna härleds ur tolv månader; " + from + " till " + to + " är inte tolv"
                    + " månader");
        }
        LocalDate populationDay = to.atEndOfMonth();
        AgeWeightDerivation derivation = new AgeWeightDerivation(from, populationDay);
        data.forEachPerson(derivation::addResident);
        data.forEachActivityBetween(from.atDay(1), populationDay, derivation::addActivity);
        ArrayNode proposed;
        try {
            proposed = derivation.proposeAgeWeights();
        } catch (IllegalStateException e) {
            throw new UserError(e.getMessage());
        }
        JsonNode capitation = data.rulebook(year).map(r -> r.parameters().path("capitation")).orElse(null);
        List<String> notes = notes(derivation, from, to, year, locale);
        if (capitation != null && capitation.path("sexSpecific").asBoolean()) {
            notes.add(ToolTexts.of(locale).text("Utkastet har olika vikter för kvinnor och män; förslaget har en vikt"
                    + " per åldersgrupp och kan tillämpas först när de könsspecifika vikterna (capitation.sexSpecific)"
                    + " är avslagna.", "The draft has sex-specific weights; the proposal has one weight per band and"
                            + " applies only when sex-specific weights (capitation.sexSpecific) are off."));
        }
        return new ToolResult(columns(locale), rows(derivation, proposed,
                capitation == null ? null : capitation.path("ageWeights")), notes,
                new RulebookChange(year, PATH, proposed));
    }

    private static List<String> columns(Locale locale) {
        ToolTexts t = ToolTexts.of(locale);
        return List.of(t.text("Ålder", "Age"), t.text("Invånare", "Residents"),
                t.text("Viktade besök", "Weighted visits"), t.text("Vikt i utkastet", "Weight in draft"),
                t.text("Föreslagen vikt", "Proposed weight"));
    }

    private static List<List<String>> rows(AgeWeightDerivation derivation, ArrayNode proposed, JsonNode current) {
        List<Long> residents = derivation.residentsByBand();
        List<Long> visits = derivation.weightedVisitsByBand();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < proposed.size(); i++) {
            JsonNode band = proposed.get(i);
            int fromAge = band.get("fromAge").asInt();
            String ages = band.get("toAge").isNull() ? fromAge + "+" : fromAge + "–" + band.get("toAge").asInt();
            rows.add(List.of(ages, count(residents.get(i)), count(visits.get(i)), currentWeight(current, fromAge),
                    weight(band.get("weight").decimalValue())));
        }
        return rows;
    }

    /** The draft's weight for a person of {@code age}, or empty when its table has no such band. */
    private static String currentWeight(JsonNode table, int age) {
        if (table == null) {
            return "";
        }
        for (JsonNode band : table) {
            JsonNode to = band.path("toAge");
            if (band.path("fromAge").asInt() <= age && (to.isMissingNode() || to.isNull() || age <= to.asInt())) {
                return weight(band.path("weight").decimalValue());
            }
        }
        return "";
    }

    /** A weight with four decimals at least, as the rulebooks write them: {@code 0,9214}, {@code 0,8750}. */
    private static String weight(BigDecimal weight) {
        return weight.scale() <= WEIGHT_DECIMALS ? SwedishNumbers.decimal(weight, WEIGHT_DECIMALS)
                : SwedishNumbers.decimal(weight);
    }

    private static String count(long count) {
        return SwedishNumbers.decimal(BigDecimal.valueOf(count));
    }

    private static List<String> notes(AgeWeightDerivation derivation, YearMonth from, YearMonth to, int year,
            Locale locale) {
        ToolTexts t = ToolTexts.of(locale);
        String residents = count(derivation.residentsByBand().stream().mapToLong(Long::longValue).sum());
        String visits = count(derivation.weightedVisitsByBand().stream().mapToLong(Long::longValue).sum());
        List<String> notes = new ArrayList<>();
        notes.add(t.text(residents + " invånare efter ålder den " + to.atEndOfMonth() + "; " + visits
                + " viktade besök " + from + " – " + to + ".", residents + " residents by age on " + to.atEndOfMonth()
                        + "; " + visits + " weighted visits " + from + " to " + to + "."));
        if (derivation.skippedVisits() > 0) {
            String skipped = count(derivation.skippedVisits());
            notes.add(t.text(skipped + " besök utan giltigt personnummer är inte räknade.",
                    skipped + " visits without a valid personnummer are not counted."));
        }
        notes.add(t.text("Förslaget ersätter åldersvikterna (capitation.ageWeights) i utkastet " + year + ".",
                "The proposal replaces the age weights (capitation.ageWeights) of the " + year + " draft."));
        return notes;
    }
}
