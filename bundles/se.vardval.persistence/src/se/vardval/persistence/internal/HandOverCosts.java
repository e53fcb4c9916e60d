package se.vardval.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.vardval.core.domain.Cost;
import se.vardval.core.domain.PaymentRun;
import se.vardval.core.model.CostHandOver;
import se.vardval.persistence.internal.jdbc.CostTable;
import se.vardval.persistence.internal.jdbc.Jdbc;

/**
 * Turns an approved run's cost hand-overs into costs of the receiving units: one cost per unit, period, category and
 * reference, the reference naming the vårdval and run ({@code "fotvard run 17"}, then the hand-over's own reference),
 * so that the receiving vårdval's next run or correction charges it and nobody mistakes it for an imported cost.
 */
final class HandOverCosts {

    private HandOverCosts() {
    }

    /** The costs the run's hand-overs become. */
    static List<Cost> of(PaymentRun run, List<CostHandOver> handOvers) {
        Map<String, Cost> costs = new LinkedHashMap<>();
        for (CostHandOver h : handOvers) {
            Cost cost = new Cost(h.hsaId(), h.period(), h.category(), h.amount(), CostHandOver.costReference(run, h.reference()));
            costs.merge(cost.hsaId() + "\u0000" + cost.period() + "\u0000" + cost.category() + "\u0000"
                    + cost.reference(), cost, (a, b) -> new Cost(a.hsaId(), a.period(), a.category(),
                            a.amount().add(b.amount()), a.reference()));
        }
        return new ArrayList<>(costs.values());
    }

    /** Stores the costs on the transaction's connection, replacing a cost with the same key. */
    static void store(Connection connection, List<Cost> costs) throws SQLException {
        CostTable table = new CostTable();
        boolean postgres = Jdbc.isPostgres(connection);
        try (PreparedStatement upsert = connection.prepareStatement(table.upsertSql(postgres))) {
            for (Cost cost : costs) {
                table.bind(upsert, cost);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

}
