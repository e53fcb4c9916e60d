package se.vardval.persistence.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.persistence.EntityManager;
import se.vardval.persistence.internal.jdbc.Jdbc;
import se.vardval.persistence.internal.jpa.AuditEntryEntity;

/** Writes audit entries inside the transaction of the change they describe, records shown as JSON text. */
final class AuditTrail {

    private AuditTrail() {
    }

    /** Adds an entry for a change of {@code entity} {@code key}; {@code before} or {@code after} may be null. */
    static void record(EntityManager em, String user, String entity, String key, String action, Record before,
            Record after) {
        em.persist(new AuditEntryEntity(now(), user, entity, key, action, json(before), json(after)));
    }

    /**
     * Adds an entry through JDBC on the connection, inside its transaction, for a change written below JPA; its id
     * comes from the sequence JPA allocates from, and JPA's blocks never hold a value the sequence handed out.
     */
    static void record(Connection connection, String user, String entity, String key, String action, Record after)
            throws SQLException {
        String id = Jdbc.isPostgres(connection) ? "nextval('audit_log_seq')" : "next value for audit_log_seq";
        try (PreparedStatement insert = connection.prepareStatement("insert into audit_log (id, changed_at,"
                + " user_name, entity, entity_key, action, before_json, after_json)"
                + " values (" + id + ", ?, ?, ?, ?, ?, null, ?)")) {
            insert.setTimestamp(1, Timestamp.from(now()));
            insert.setString(2, user);
            insert.setString(3, entity);
            insert.setString(4, key);
            insert.setString(5, action);
            insert.setString(6, json(after));
            insert.executeUpdate();
        }
    }

    /** The current instant at the precision every database keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A record as a JSON object of its components, or null. */
    static String json(Record value) {
        return value == null ? null : node(value).toString();
    }

    private static JsonNode node(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value == null) {
            return nodes.nullNode();
        }
        if (value instanceof JsonNode json) {
            return json;
        }
        if (value instanceof BigDecimal decimal) {
            return nodes.numberNode(decimal);
        }
        if (value instanceof Integer || value instanceof Long) {
            return nodes.numberNode(((Number) value).longValue());
        }
        if (value instanceof Boolean bool) {
            return nodes.booleanNode(bool);
        }
        if (value instanceof Collection<?> items) {
            ArrayNode array = nodes.arrayNode();
            items.forEach(item -> array.add(node(item)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = nodes.objectNode();
            map.forEach((key, entry) -> object.set(String.valueOf(key), node(entry)));
            return object;
        }
        if (value instanceof Record record) {
            ObjectNode object = nodes.objectNode();
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                object.set(component.getName(), node(valueOf(component, record)));
            }
            return object;
        }
        return nodes.textNode(value.toString());
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " for the audit log", e);
        }
    }
}
