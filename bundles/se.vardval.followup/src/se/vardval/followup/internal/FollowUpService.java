package se.vardval.followup.internal;

import java.io.IOException;
import java.io.Writer;
import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunInputs;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.followup.FollowUp;
import se.vardval.followup.FollowUpReport;
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

    /** Created by DS with the register, the rulebooks and the stored monthly data. */
    @Activate
    public FollowUpService(@Reference MasterDataStore masterData, @Reference RulebookStore rulebooks,
            @Reference RunDataSource data) {
        this.masterData = masterData;
        this.rulebooks = rulebooks;
        this.data = data;
    }

    @Override
    public FollowUpReport report(String careChoiceId, YearMonth period, boolean computed, int minimumCount) {
        if (minimumCount < 1) {
            throw new UserError("the minimum count must be at least 1, not " + minimumCount);
        }
        CareChoice careChoice = masterData.careChoice(careChoiceId)
                .orElseThrow(() -> new UserError("no vårdval '" + careChoiceId + "'"));
        JsonNode parameters = rulebooks.find(careChoiceId, period.getYear()).map(Rulebook::parameters)
                .orElse(NullNode.getInstance());
        RunInputs inputs = data.open(careChoice, period, parameters);
        List<Unit> units = inputs.units().stream().sorted(Comparator.comparing(Unit::name,
                Collator.getInstance(SWEDISH)).thenComparing(Unit::hsaId)).toList();
        if (units.isEmpty()) {
            throw new UserError("no unit has a contract in " + careChoiceId + " in " + period);
        }
        Set<String> hsaIds = units.stream().map(Unit::hsaId).collect(Collectors.toSet());
        List<IndicatorValue> values = new ArrayList<>(ImportedIndicators.of(inputs.indicators(), hsaIds));
        Set<String> codes = new TreeSet<>(RulebookIndicators.codes(parameters));
        values.forEach(v -> codes.add(v.indicator()));
        List<IndicatorDefinition> definitions = new ArrayList<>(IndicatorCatalog.imported(codes));
        if (computed) {
            values.addAll(ActivityIndicators.compute(data, careChoice, period, parameters, hsaIds));
            definitions.addAll(IndicatorCatalog.computed());
        }
        values.addAll(RegionalValues.of(values));
        return new FollowUpReport(careChoice, period, units, definitions, values, minimumCount);
    }

    @Override
    public void writePage(FollowUpReport report, Writer out) throws IOException {
        out.write(new ComparisonPage(report).html());
    }
}
