package se.vardval.persistence.internal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import se.vardval.core.domain.RulebookStatus;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.model.Rulebook;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.UserError;
import se.vardval.core.store.RulebookStore;
import se.vardval.persistence.internal.jpa.RulebookEntity;

/**
 * Rulebooks with their parameters as JSON text; a decided rulebook is never overwritten, and only a user allowed to
 * edit (or, for a decided one, decide) the vårdval's rulebooks saves one. An indexed draft is stored together with the
 * tilläggsuppdrag its indexation sets, in one transaction.
 */
@Component
public class JpaRulebookStore implements RulebookStore {

    private final ObjectMapper json = new ObjectMapper();
    private final Database database;
    private final AccessControl access;

    /** Uses the given database and access control. */
    @Activate
    public JpaRulebookStore(@Reference Database database, @Reference AccessControl access) {
        this.database = database;
        this.access = access;
    }

    @Override
    public Optional<Rulebook> find(String careChoice, int year) {
        return database.read(em -> stored(em, careChoice, year).map(this::toRecord));
    }

    @Override
    public List<Rulebook> list(String careChoice) {
        return database.read(em -> em.createNamedQuery("Rulebook.byCareChoice", RulebookEntity.class)
                .setParameter("careChoice", careChoice).getResultList().stream().map(this::toRecord).toList());
    }

    @Override
    public void save(Rulebook rulebook, String user) {
        requireAllowed(rulebook, user);
        database.write(em -> write(em, rulebook, user));
    }

    @Override
    public void saveIfUnchanged(Rulebook rulebook, Rulebook expected, String user) {
        requireAllowed(rulebook, user);
        try {
            database.write(em -> {
                Rulebook now = locked(em, rulebook.careChoice(), rulebook.year()).map(this::toRecord).orElse(null);
                if (!Objects.equals(now, expected)) {
                    throw changedMeanwhile(rulebook);
                }
                write(em, rulebook, user);
            });
        } catch (PersistenceException e) {
            if (expected == null && find(rulebook.careChoice(), rulebook.year()).isPresent()) {
                throw changedMeanwhile(rulebook);
            }
            throw e;
        }
    }

    private static UserError changedMeanwhile(Rulebook rulebook) {
        return new UserError("förfrågningsunderlaget för " + rulebook.careChoice() + " " + rulebook.year()
                + " har sparats av någon annan under tiden; läs om det och försök igen");
    }

    /** The year's stored row, locked until the transaction ends. */
    private static Optional<RulebookEntity> locked(EntityManager em, String careChoice, int year) {
        return em.createNamedQuery("Rulebook.byYear", RulebookEntity.class).setParameter("careChoice", careChoice)
                .setParameter("year", year).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream()
                .findFirst();
    }

    @Override
    public void saveIndexed(Rulebook draft, List<Supplementary> supplementaries, String user) {
        requireAllowed(draft, user);
        if (!supplementaries.isEmpty()) {
            access.require(user, Permission.EDIT_REGISTER, null);
        }
        database.write(em -> {
            write(em, draft, user);
            supplementaries.forEach(supplementary -> MasterDataWrites.supplementary(em, supplementary, user));
        });
    }

    private void requireAllowed(Rulebook rulebook, String user) {
        access.require(user, rulebook.status() == RulebookStatus.DECIDED ? Permission.DECIDE_RULEBOOK
                : Permission.EDIT_RULEBOOK, rulebook.careChoice());
    }

    /** Creates or replaces the year's rulebook inside the caller's transaction, refusing a decided one, audited. */
    private void write(EntityManager em, Rulebook rulebook, String user) {
        Optional<RulebookEntity> existing = stored(em, rulebook.careChoice(), rulebook.year());
        Rulebook before = existing.map(this::toRecord).orElse(null);
        if (before != null && before.status() == RulebookStatus.DECIDED) {
            throw new UserError("förfrågningsunderlaget för " + rulebook.careChoice() + " " + rulebook.year()
                    + " är beslutat (" + before.decision() + ") och kan inte ändras; gör i stället ett utkast för"
                    + " ett annat år");
        }
        RulebookEntity row = existing.orElseGet(() -> new RulebookEntity(rulebook.careChoice(), rulebook.year()));
        row.apply(rulebook.modelType(), rulebook.status(), rulebook.decision(),
                rulebook.parameters() == null ? "{}" : rulebook.parameters().toString());
        if (existing.isEmpty()) {
            em.persist(row);
        }
        String action = before == null ? "CREATE" : rulebook.status() == RulebookStatus.DECIDED ? "DECIDE" : "UPDATE";
        AuditTrail.record(em, user, "rulebook", rulebook.careChoice() + "/" + rulebook.year(), action, before,
                rulebook);
    }

    private static Optional<RulebookEntity> stored(EntityManager em, String careChoice, int year) {
        return em.createNamedQuery("Rulebook.byYear", RulebookEntity.class).setParameter("careChoice", careChoice)
                .setParameter("year", year).getResultStream().findFirst();
    }

    private Rulebook toRecord(RulebookEntity row) {
        try {
            return new Rulebook(row.careChoice(), row.modelType(), row.year(), row.status(), row.decision(),
                    json.readTree(row.parameters()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored parameters of " + row + " are not valid JSON", e);
        }
    }
}
