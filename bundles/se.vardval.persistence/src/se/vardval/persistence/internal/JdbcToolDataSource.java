package se.vardval.persistence.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.Activity;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Person;
import se.vardval.core.model.Rulebook;
import se.vardval.core.model.ToolData;
import se.vardval.core.store.RulebookStore;
import se.vardval.core.store.ToolDataSource;
import se.vardval.persistence.internal.jdbc.ActivityTable;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.PersonTable;
import se.vardval.persistence.internal.jdbc.Streams;

/** Opens the stored data of a vårdval for a model tool: persons and activities streamed by plain JDBC. */
@Component
public class JdbcToolDataSource implements ToolDataSource {

    private final Database database;
    private final RulebookStore rulebooks;

    /** Uses the given database and rulebook store. */
    @Activate
    public JdbcToolDataSource(@Reference Database database, @Reference RulebookStore rulebooks) {
        this.database = database;
        this.rulebooks = rulebooks;
    }

    @Override
    public ToolData open(CareChoice careChoice) {
        return new ToolData() {

            @Override
            public CareChoice careChoice() {
                return careChoice;
            }

            @Override
            public Optional<Rulebook> rulebook(int year) {
                return rulebooks.find(careChoice.id(), year);
            }

            @Override
            public void forEachPerson(Consumer<Person> sink) {
                PersonTable people = new PersonTable();
                Streams.forEach(database.dataSource(), "select " + people.columnList() + " from person",
                        statement -> {
                        }, people::read, sink);
            }

            @Override
            public void forEachActivityBetween(LocalDate from, LocalDate to, Consumer<Activity> sink) {
                ActivityTable activities = new ActivityTable();
                Streams.forEach(database.dataSource(), "select " + activities.columnList() + " from activity"
                        + " where care_choice = ? and activity_date between ? and ?", statement -> {
                            statement.setString(1, careChoice.id());
                            Jdbc.setDate(statement, 2, from);
                            Jdbc.setDate(statement, 3, to);
                        }, activities::read, sink);
            }
        };
    }
}
