package se.vardval.imports.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import se.vardval.core.domain.CniFlag;
import se.vardval.core.domain.Person;
import se.vardval.core.domain.PersonId;
import se.vardval.core.domain.Sex;
import se.vardval.imports.ImportSink;

/** Rows of {@code persons.csv}; birth date and sex derive from the person id and must agree with it when given. */
final class PersonRows extends RowParser<Person> {

    PersonRows(References references) {
        super(references);
    }

    @Override
    Person parse(Row row) {
        PersonId id = row.required("person_id", PersonId::parse);
        LocalDate birthDate = row.optional("birth_date", Values::date);
        Sex sex = row.optional("sex", Values.enumOf(Sex.class, "okänt kön"));
        if (id != null && birthDate != null && !birthDate.equals(id.birthDate())) {
            row.error("birth_date", birthDate + " stämmer inte med person_id (" + id.birthDate() + ")");
        }
        if (id != null && sex != null && sex != id.sex()) {
            row.error("sex", sex + " stämmer inte med person_id (" + id.sex() + ")");
        }
        String municipality = row.required("municipality", Values::municipality);
        String areaCode = row.text("area_code");
        BigDecimal distanceKm = row.optional("distance_km", Values.nonNegativeDecimal("negativt avstånd"));
        Set<CniFlag> flags = row.optional("cni_flags", Values::cniFlags);
        return id == null ? null
                : new Person(id.value(), id.birthDate(), id.sex(), municipality, areaCode, distanceKm,
                        flags == null ? Set.of() : flags);
    }

    @Override
    String keyColumn() {
        return "person_id";
    }

    @Override
    Object[] naturalKey(Person person) {
        return new Object[] { person.personId() };
    }

    @Override
    void deliver(Person person, long line, ImportSink sink) {
        sink.person(person, line);
    }

    @Override
    void define(Person person) {
        defined().persons().add(Long.parseLong(person.personId()));
    }
}
