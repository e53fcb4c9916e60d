package se.vardval.persistence.internal;

import java.time.YearMonth;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.model.RunInputs;
import se.vardval.core.store.RunDataSource;

/** Opens the stored data of a vårdval and month for a model, read by plain JDBC. */
@Component
public class JdbcRunDataSource implements RunDataSource {

    private final Database database;

    /** Uses the given database. */
    @Activate
    public JdbcRunDataSource(@Reference Database database) {
        this.database = database;
    }

    @Override
    public RunInputs open(CareChoice careChoice, YearMonth period, JsonNode parameters) {
        return new StoredRunInputs(database.dataSource(), careChoice, period, parameters);
    }
}
