package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.vardval.core.store.DocumentStore;
import se.vardval.core.store.StoredDocument;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jdbc.Streams;

/**
 * JSON documents in table {@code stored_document}, keyed by kind, vårdval and name; a save replaces the document of
 * the same key in one transaction with its audit entry (the document's key, not its content).
 */
@Component
public class JdbcDocumentStore implements DocumentStore {

    private static final String COLUMNS = "kind, care_choice, name, content, saved_by, saved_at";

    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final Database database;

    /** Uses the given database. */
    @Activate
    public JdbcDocumentStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public StoredDocument save(String kind, String careChoice, String name, JsonNode content, String user) {
        StoredDocument document = new StoredDocument(kind, careChoice, name, content, user, AuditTrail.now());
        return database.inTransaction(em -> {
            Connection connection = em.unwrap(Connection.class);
            try (PreparedStatement delete = connection.prepareStatement("delete from stored_document where kind = ?"
                    + " and care_choice = ? and name = ?");
                    PreparedStatement insert = connection.prepareStatement("insert into stored_document (" + COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?)")) {
                delete.setString(1, kind);
                delete.setString(2, careChoice);
                delete.setString(3, name);
                boolean replaced = delete.executeUpdate() > 0;
                insert.setString(1, kind);
                insert.setString(2, careChoice);
                insert.setString(3, name);
                insert.setString(4, content.toString());
                insert.setString(5, user);
                insert.setTimestamp(6, Timestamp.from(document.savedAt()));
                insert.executeUpdate();
                AuditTrail.record(em, user, kind, careChoice + "/" + name, replaced ? "UPDATE" : "CREATE", null,
                        new Key(kind, careChoice, name));
            } catch (SQLException e) {
                throw Jdbc.failure("save " + kind + " " + name, e);
            }
            return document;
        });
    }

    /** What the audit log records of a saved document. */
    private record Key(String kind, String careChoice, String name) {
    }

    @Override
    public Optional<StoredDocument> find(String kind, String careChoice, String name) {
        return Streams.list(database.dataSource(), "select " + COLUMNS + " from stored_document where kind = ? and"
                + " care_choice = ? and name = ?", statement -> {
                    statement.setString(1, kind);
                    statement.setString(2, careChoice);
                    statement.setString(3, name);
                }, this::read).stream().findFirst();
    }

    @Override
    public List<StoredDocument> list(String kind, String careChoice) {
        return Streams.list(database.dataSource(), "select " + COLUMNS + " from stored_document where kind = ? and"
                + " care_choice = ? order by name", statement -> {
                    statement.setString(1, kind);
                    statement.setString(2, careChoice);
                }, this::read);
    }

    private StoredDocument read(ResultSet rs) throws SQLException {
        try {
            Instant savedAt = rs.getTimestamp(6).toInstant();
            return new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                    json.readTree(rs.getString(4)), rs.getString(5), savedAt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored " + rs.getString(1) + " " + rs.getString(3)
                    + " is not valid JSON", e);
        }
    }
}
