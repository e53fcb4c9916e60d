package se.vardval.followup.internal;

import java.io.IOException;
import java.io.Writer;
import java.text.Collator;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunInputs;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RegionStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
import se.vardval.followup.FollowUpTrend;
import se.vardval.followup.IndicatorDefinition;
import se.vardval.followup.IndicatorValue;

/**
 * Reads the stored indicators and activities of a vårdval and period and builds the report and its page; units are
 * in Swedish alphabetical order of their names.
 */
@Component(service = FollowUp.class)
public class FollowUpService implements FollowUp {

    private static final Locale SWEDISH = Locale.of("sv", "SE");

    private final MasterDataStore masterData;
    private final RulebookStore rulebooks;
    private final RunDataSource data;
    private final RegionStore region;

    /** Created by DS with the register, the rulebooks, the stored monthly data and the region that publishes. */
    @Activate
    public FollowUpService(@Reference MasterDataStore masterData, @Reference RulebookStore rulebooks,
            @Reference RunDataSource data, @Reference RegionStore region) {
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.data = data;
        this.region = region;
    }

    @Override
    public FollowUpReport report(String careChoiceId, YearMonth period, boolean computed, int minimumCount) {
        CareChoice careChoice = careChoice(careChoiceId, minimumCount);
        Month month = month(careChoice, period);
        if (month.units().isEmpty()) {
            throw new UserError("ingen enhet har avtal i " + careChoiceId + " under " + period);
        }
        List<IndicatorValue> computedValues = computed ? ActivityIndicators.compute(data, careChoice, period,
                month.parameters(), month.hsaIds()) : List.of();
        return month.report(IndicatorCatalog.computed(computedValues), computedValues, minimumCount);
    }

    @Override
    public FollowUpTrend trend(String careChoiceId, YearMonth from, YearMonth to, boolean computed,
            int minimumCount) {
        CareChoice careChoice = careChoice(careChoiceId, minimumCount);
        long length = ChronoUnit.MONTHS.between(from, to) + 1;
        if (length < 1 || length > MAXIMUM_TREND_MONTHS) {
            throw new UserError("en utveckling omfattar 1 till " + MAXIMUM_TREND_MONTHS + " månader, inte " + from
                    + " till " + to);
        }
        Map<YearMonth, Month> months = new LinkedHashMap<>();
        for (YearMonth period = from; !period.isAfter(to); period = period.plusMonths(1)) {
            Month month = month(careChoice, period);
            if (!month.units().isEmpty()) {
                months.put(period, month);
            }
        }
        if (months.isEmpty()) {
            throw new UserError("ingen enhet har avtal i " + careChoiceId + " från " + from + " till " + to);
        }
        Map<YearMonth, List<IndicatorValue>> computedValues = computed ? computedValues(careChoice, months)
                : Map.of();
        List<IndicatorDefinition> computedDefinitions = IndicatorCatalog.computed(
                computedValues.values().stream().flatMap(List::stream).toList());
        return new FollowUpTrend(careChoice, months.values().stream().map(m -> m.report(computedDefinitions,
                computedValues.getOrDefault(m.period(), List.of()), minimumCount)).toList());
    }

    private Map<YearMonth, List<IndicatorValue>> computedValues(CareChoice careChoice, Map<YearMonth, Month> months) {
        Map<YearMonth, JsonNode> parameters = new LinkedHashMap<>();
        Set<String> hsaIds = new HashSet<>();
        months.forEach((period, month) -> {
            parameters.put(period, month.parameters());
            hsaIds.addAll(month.hsaIds());
        });
        Map<YearMonth, List<IndicatorValue>> values = ActivityIndicators.compute(data, careChoice, parameters, hsaIds);
        values.forEach((period, list) -> list.removeIf(v -> !months.get(period).hsaIds().contains(v.hsaId())));
        return values;
    }

    private CareChoice careChoice(String careChoiceId, int minimumCount) {
        if (minimumCount < 1) {
            throw new UserError("gränsen för minsta antal måste vara minst 1, inte " + minimumCount);
        }
        return masterData.registeredCareChoice(careChoiceId);
    }

    private Month month(CareChoice careChoice, YearMonth period) {
        JsonNode parameters = rulebooks.find(careChoice.id(), period.getYear()).map(Rulebook::parameters)
                .orElse(NullNode.getInstance());
        RunInputs inputs = data.open(careChoice, period, parameters);
        List<Unit> units = inputs.units().stream().sorted(Comparator.comparing(Unit::name,
                Collator.getInstance(SWEDISH)).thenComparing(Unit::hsaId)).toList();
        return new Month(careChoice, period, parameters, units, inputs.indicators());
    }

    /** What one month's report is built from: the rulebook's parameters, the units and the imported indicators. */
    private record Month(CareChoice careChoice, YearMonth period, JsonNode parameters, List<Unit> units,
            List<Indicator> indicators) {

        Set<String> hsaIds() {
            return units.stream().map(Unit::hsaId).collect(Collectors.toSet());
        }

        /** The month's report with the computed indicators given (none when they are not asked for). */
        FollowUpReport report(List<IndicatorDefinition> computedDefinitions, List<IndicatorValue> computedValues,
                int minimumCount) {
            List<IndicatorValue> values = new ArrayList<>(ImportedIndicators.of(indicators, hsaIds()));
            Set<String> codes = new TreeSet<>(RulebookIndicators.codes(parameters));
            values.forEach(v -> codes.add(v.indicator()));
            List<IndicatorDefinition> definitions = new ArrayList<>(IndicatorCatalog.imported(codes));
            values.addAll(computedValues);
            definitions.addAll(computedDefinitions);
            values.addAll(RegionalValues.of(values));
            return new FollowUpReport(careChoice, period, units, definitions, values, minimumCount);
        }
    }

    @Override
    public void writePage(FollowUpReport report, Writer out) throws IOException {
        out.write(new ComparisonPage(report, region.find()).html());
    }
}
