package se.vardval.persistence.internal;

import java.sql.SQLException;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CniUnit;
import se.vardval.core.domain.Cost;
import se.vardval.core.domain.Indicator;
import se.vardval.core.domain.Listing;
import se.vardval.core.domain.Penalty;
import se.vardval.core.domain.Person;
import se.vardval.imports.ImportSink;
import se.vardval.persistence.internal.jdbc.BulkWriter;

/** Hands the records of one bulk file to the batch writer of its table. */
final class BulkSink implements ImportSink {

    /** A refusal by the database, carried through the reader of the file. */
    static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Refused(SQLException cause) {
            super(cause);
        }

        SQLException sqlException() {
            return (SQLException) getCause();
        }
    }

    private final BulkWriter<Object> writer;

    BulkSink(BulkWriter<Object> writer) {
        this.writer = writer;
    }

    private void add(Object row, long line) {
        try {
            writer.add(row, line);
        } catch (SQLException e) {
            throw new Refused(e);
        }
    }

    @Override
    public void person(Person person, long line) {
        add(person, line);
    }

    @Override
    public void listing(Listing listing, long line) {
        add(listing, line);
    }

    @Override
    public void activity(Activity activity, long line) {
        add(activity, line);
    }

    @Override
    public void cost(Cost cost, long line) {
        add(cost, line);
    }

    @Override
    public void cniUnit(CniUnit cniUnit, long line) {
        add(cniUnit, line);
    }

    @Override
    public void indicator(Indicator indicator, long line) {
        add(indicator, line);
    }

    @Override
    public void penalty(Penalty penalty, long line) {
        add(penalty, line);
    }
}
