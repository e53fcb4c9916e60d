package se.vardval.imports.internal;

import java.time.LocalDate;
import java.util.function.Function;

import se.vardval.core.domain.PersonId;
import se.vardval.core.store.ImportRow;

/** A row of a plugin's file as its {@link se.vardval.core.store.ImportFileContribution} reads it. */
final class ContributedRow implements ImportRow {

    private final Row row;
    private final References references;

    ContributedRow(Row row, References references) {
        this.row = row;
        this.references = references;
    }

    @Override
    public long line() {
        return row.line();
    }

    @Override
    public String text(String column) {
        return row.text(column);
    }

    @Override
    public String required(String column) {
        return row.required(column);
    }

    @Override
    public <T> T required(String column, Function<String, T> parser) {
        return row.required(column, parser);
    }

    @Override
    public <T> T optional(String column, Function<String, T> parser) {
        return row.optional(column, parser);
    }

    @Override
    public LocalDate date(String column) {
        return row.required(column, Values::date);
    }

    @Override
    public Integer wholeNumber(String column, int min, int max) {
        return row.required(column, text -> {
            int value = Values.integer(text);
            if (value < min || value > max) {
                throw new IllegalArgumentException("måste vara från " + min + " till och med " + max + ": '" + text
                        + "'");
            }
            return value;
        });
    }

    @Override
    public String knownPerson(String column) {
        PersonId id = row.required(column, PersonId::parse);
        if (id != null && !references.person(id.value())) {
            row.error(column, "okänd person (finns inte i persons.csv)");
            return null;
        }
        return id == null ? null : id.value();
    }

    @Override
    public String knownUnit(String column) {
        String hsaId = row.required(column);
        if (hsaId != null && !references.unit(hsaId)) {
            row.error(column, "okänd enhet '" + hsaId + "'");
            return null;
        }
        return hsaId;
    }

    @Override
    public void error(String column, String reason) {
        row.error(column, reason);
    }
}
