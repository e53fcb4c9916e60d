package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.ContactType;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Profession;
import se.vardval.imports.ImportSink;

/**
 * Rows of {@code activities.csv}; the person must be known unless the visit is {@code out_of_county}, and the codes
 * are read by the keys the installed plugins declare.
 */
final class ActivityRows extends RowParser<Activity> {

    private final CheckedReferences careChoices;
    private final CheckedReferences units;
    private final ActivityCodes codes;

    ActivityRows(References references, ActivityCodes codes) {
        super(references);
        this.codes = codes;
        this.careChoices = new CheckedReferences("care_choice", references::careChoice, "okänt vårdval");
        this.units = new CheckedReferences("hsa_id", references::unit, "okänd enhet");
    }

    @Override
    Activity parse(Row row) {
        String activityId = row.required("activity_id");
        String careChoice = careChoices.required(row);
        PersonId id = row.required("person_id", PersonId::parse);
        boolean outOfCounty = Boolean.TRUE.equals(row.optional("out_of_county", Values::bool));
        if (id != null && !outOfCounty && !references().person(id.value())) {
            row.error("person_id", "okänd person (finns inte i persons.csv och är inte out_of_county)");
        }
        String hsaId = units.required(row);
        LocalDate date = row.required("date", Values::date);
        ContactType contactType = row.required("contact_type", Values.enumOf(ContactType.class, "okänd kontakttyp"));
        Profession profession = row.required("profession", Values.enumOf(Profession.class, "okänd profession"));
        String clinician = row.text("clinician");
        BigDecimal fee = row.optional("patient_fee", Values.nonNegativeDecimal("negativ patientavgift"));
        Map<String, String> pairs = row.optional("codes", codes::parse);
        return id == null ? null
                : new Activity(activityId, careChoice, id.value(), hsaId, date, contactType, profession, clinician,
                        fee == null ? BigDecimal.ZERO : fee, outOfCounty, pairs == null ? Map.of() : pairs);
    }

    @Override
    String keyColumn() {
        return "activity_id";
    }

    @Override
    Object[] naturalKey(Activity activity) {
        return new Object[] { activity.activityId() };
    }

    @Override
    void deliver(Activity activity, long line, ImportSink sink) {
        sink.activity(activity, line);
    }
}
