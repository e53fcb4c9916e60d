package se.vardval.persistence.internal;

import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.ComponentAccounts;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ComponentAccountStore;
import se.vardval.persistence.internal.jpa.AccountPlanEntity;
import se.vardval.persistence.internal.jpa.CareChoiceEntity;

/**
 * Each vårdval's finance account per payment component in {@code account_plan}; a change is made only by an
 * administrator of the vårdval and recorded in the audit log as entity {@code account_plan}.
 */
@Component
public class JpaComponentAccountStore implements ComponentAccountStore {

    private final Database database;
    private final AccessControl access;

    /** Uses the given database and access control. */
    @Activate
    public JpaComponentAccountStore(@Reference Database database, @Reference AccessControl access) {
        this.database = database;
        this.access = access;
    }

    @Override
    public ComponentAccounts find(String careChoice) {
        return database.read(em -> Optional.ofNullable(em.find(AccountPlanEntity.class, careChoice))
                .map(AccountPlanEntity::toRecord).orElseGet(() -> ComponentAccounts.standard(careChoice)));
    }

    @Override
    public void save(ComponentAccounts setting, String user) {
        access.require(user, Permission.EDIT_SETTINGS, setting.careChoice());
        List<String> problems = setting.problems();
        if (!problems.isEmpty()) {
            throw new UserError("kontona för " + setting.careChoice() + " avvisades: " + String.join("; ", problems));
        }
        database.write(em -> {
            CareChoice careChoice = Optional.ofNullable(em.find(CareChoiceEntity.class, setting.careChoice()))
                    .map(CareChoiceEntity::toRecord)
                    .orElseThrow(() -> new UserError("det finns inget vårdval '" + setting.careChoice() + "'"));
            AccountPlanEntity row = em.find(AccountPlanEntity.class, careChoice.id());
            ComponentAccounts before = row == null ? ComponentAccounts.standard(careChoice.id()) : row.toRecord();
            String action = row == null ? "CREATE" : "UPDATE";
            if (row == null) {
                row = new AccountPlanEntity(careChoice.id());
                row.apply(setting);
                em.persist(row);
            } else {
                row.apply(setting);
            }
            AuditTrail.record(em, user, "account_plan", careChoice.id(), action, before, setting);
        });
    }
}
