package se.vardval.ui.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import se.vardval.core.domain.Ages;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Unit;
import se.vardval.core.model.ReimbursementModel;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.RunInputs;
import se.vardval.core.service.ModelCatalog;
import se.vardval.core.service.UserError;
import se.vardval.core.store.MasterDataStore;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.RunDataSource;
import se.vardval.ui.format.SwedishFormat;

/**
 * Finds persons and listings as the models see them on a month's listing day: where one person (by personnummer or
 * samordningsnummer) is listed in each vårdval, or every person listed at a unit.
 */
public record ListingSearch(MasterDataStore masterData, RulebookStore rulebooks, ModelCatalog models,
        RunDataSource data) {

    /** One row of the result: a person and where the person is listed. */
    public record Row(String personId, String sex, String age, String municipality, String careChoice, String unit,
            String from, String to, boolean assigned) {
    }

    /**
     * Where the person is listed on each vårdval's listing day of the month, and since and until when: one row per
     * vårdval that lists the person, none for the others.
     */
    public List<Row> person(String text, YearMonth month) {
        PersonId id;
        try {
            id = PersonId.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Map<String, String> units = unitNames();
        List<Row> rows = new ArrayList<>();
        for (CareChoice careChoice : masterData.careChoices()) {
            RunInputs inputs = open(careChoice, month);
            LocalDate day = day(careChoice, month);
            Person person = inputs.person(id.value()).orElse(null);
            inputs.listingOn(careChoice.id(), id.value(), day).ifPresent(l -> rows.add(row(id, person, day,
                    careChoice.name(), units.getOrDefault(l.hsaId(), l.hsaId()), SwedishFormat.date(l.validFrom()),
                    SwedishFormat.date(l.validTo()), l.assigned())));
        }
        return rows;
    }

    /** The units that have a contract row in the vårdval, by name. */
    public List<Unit> units(String careChoiceId) {
        Set<String> contracted = masterData.contracts(careChoiceId).stream().map(Contract::hsaId)
                .collect(Collectors.toSet());
        return masterData.units().stream().filter(u -> contracted.contains(u.hsaId()))
                .sorted(Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Every person listed at the unit in the vårdval on the month's listing day, by personnummer. */
    public List<Row> unit(String careChoiceId, String hsaId, YearMonth month) {
        CareChoice careChoice = masterData.careChoice(careChoiceId)
                .orElseThrow(() -> new UserError("det finns inget vårdval " + careChoiceId));
        LocalDate day = day(careChoice, month);
        String unitName = unitNames().getOrDefault(hsaId, hsaId);
        List<Row> rows = new ArrayList<>();
        open(careChoice, month).forEachListedAtOn(hsaId, day, listed -> rows.add(row(
                PersonId.parse(listed.listing().personId()), listed.person(), day, careChoice.name(), unitName,
                SwedishFormat.date(listed.listing().validFrom()), SwedishFormat.date(listed.listing().validTo()),
                listed.listing().assigned())));
        rows.sort(Comparator.comparing(Row::personId));
        return rows;
    }

    private static Row row(PersonId id, Person person, LocalDate day, String careChoice, String unit, String from,
            String to, boolean assigned) {
        int age = person != null ? person.ageOn(day) : Ages.completedYears(id.birthDate(), day);
        return new Row(id.toString(), (person != null ? person.sex() : id.sex()).name(), Integer.toString(age),
                person == null ? "" : person.municipality(), careChoice, unit, from, to, assigned);
    }

    private Map<String, String> unitNames() {
        return masterData.units().stream().collect(Collectors.toMap(Unit::hsaId, Unit::name, (a, b) -> a));
    }

    private RunInputs open(CareChoice careChoice, YearMonth month) {
        return data.open(careChoice, month, rulebooks.find(careChoice.id(), month.getYear()).map(Rulebook::parameters)
                .orElse(JsonNodeFactory.instance.objectNode()));
    }

    /** The listing day of the vårdval's model for the month, else the first of the month. */
    private LocalDate day(CareChoice careChoice, YearMonth month) {
        Optional<Rulebook> rulebook = rulebooks.find(careChoice.id(), month.getYear());
        Optional<ReimbursementModel> model = models.model(careChoice.modelType());
        return rulebook.isPresent() && model.isPresent() ? model.get().listingDay(rulebook.get().parameters(), month)
                : month.atDay(1);
    }
}
