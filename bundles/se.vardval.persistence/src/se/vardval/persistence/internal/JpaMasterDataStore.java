package se.vardval.persistence.internal;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.security.AccessControl;
import se.vardval.core.security.Permission;
import se.vardval.core.service.UserError;
import se.vardval.core.store.ConcurrentChangeException;
import se.vardval.core.store.MasterDataStore;
import se.vardval.persistence.internal.jpa.CareChoiceEntity;
import se.vardval.persistence.internal.jpa.ContractEntity;
import se.vardval.persistence.internal.jpa.ProviderEntity;
import se.vardval.persistence.internal.jpa.SupplementaryEntity;
import se.vardval.persistence.internal.jpa.UnitEntity;

/**
 * The register of vårdval, providers, units, contracts and tilläggsuppdrag in JPA entities; every write is audited and
 * allowed only to a user who may change the register (of the contract's vårdval).
 */
@Component
public class JpaMasterDataStore implements MasterDataStore {

    /** How often a register record is written when other registrations take its key meanwhile. */
    private static final int REGISTER_ATTEMPTS = 5;
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final AccessControl access;

    /** Uses the given database and access control. */
    @Activate
    public JpaMasterDataStore(@Reference Database database, @Reference AccessControl access) {
        this.database = database;
        this.access = access;
    }

    @Override
    public List<CareChoice> careChoices() {
        return database.read(em -> em.createQuery("select c from CareChoiceEntity c order by c.id",
                CareChoiceEntity.class).getResultList().stream().map(CareChoiceEntity::toRecord).toList());
    }

    @Override
    public Optional<CareChoice> careChoice(String id) {
        return database.read(em -> Optional.ofNullable(em.find(CareChoiceEntity.class, id))
                .map(CareChoiceEntity::toRecord));
    }

    @Override
    public void saveCareChoice(CareChoice careChoice, String user) {
        access.require(user, Permission.EDIT_REGISTER, careChoice.id());
        writeRegister(em -> MasterDataWrites.careChoice(em, careChoice, user));
    }

    @Override
    public void createCareChoice(CareChoice careChoice, String user) {
        access.require(user, Permission.EDIT_REGISTER, careChoice.id());
        writeRegister(em -> MasterDataCreation.careChoice(em, careChoice, user));
    }

    /**
     * Writes a register record, again when another administrator's write took its key (or a vårdval's number in the
     * listing keys) at the same moment: written again, it sees the other's record, so that a second registration of
     * the same key is refused as taken and a save changes the record the other stored, and a vårdval of another id
     * takes the next number.
     */
    private void writeRegister(Consumer<EntityManager> work) {
        for (int attempt = 1;; attempt++) {
            try {
                database.write(work);
                return;
            } catch (PersistenceException e) {
                if (attempt == REGISTER_ATTEMPTS || !takenKey(e)) {
                    throw e;
                }
            }
        }
    }

    /** Whether the database refused a row because another transaction had stored its unique key (SQLSTATE 23505). */
    private static boolean takenKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Provider> providers() {
        return database.read(em -> em.createQuery("select p from ProviderEntity p order by p.orgNr",
                ProviderEntity.class).getResultList().stream().map(ProviderEntity::toRecord).toList());
    }

    @Override
    public void saveProvider(Provider provider, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        writeRegister(em -> MasterDataWrites.provider(em, provider, user));
    }

    @Override
    public void createProvider(Provider provider, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        writeRegister(em -> MasterDataCreation.provider(em, provider, user));
    }

    @Override
    public void updateProvider(Provider before, Provider after, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        requireSameKey(before.orgNr(), after.orgNr(), "Organisationsnumret");
        database.write(em -> {
            ProviderEntity row = em.find(ProviderEntity.class, before.orgNr());
            requireUnchanged(row == null ? null : row.toRecord(), before, "Vårdgivare " + before.orgNr());
            MasterDataWrites.provider(em, after, user);
        });
    }

    @Override
    public List<Unit> units() {
        return database.read(em -> em.createQuery("select u from UnitEntity u order by u.hsaId", UnitEntity.class)
                .getResultList().stream().map(UnitEntity::toRecord).toList());
    }

    @Override
    public void saveUnit(Unit unit, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        writeRegister(em -> MasterDataWrites.unit(em, unit, user));
    }

    @Override
    public void createUnit(Unit unit, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        writeRegister(em -> MasterDataCreation.unit(em, unit, user));
    }

    @Override
    public void updateUnit(Unit before, Unit after, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        requireSameKey(before.hsaId(), after.hsaId(), "HSA-id:t");
        database.write(em -> {
            UnitEntity row = em.find(UnitEntity.class, before.hsaId());
            requireUnchanged(row == null ? null : row.toRecord(), before, "Enhet " + before.hsaId());
            MasterDataWrites.unit(em, after, user);
        });
    }

    @Override
    public List<Contract> contracts(String careChoice) {
        return database.read(em -> em.createNamedQuery("Contract.byCareChoice", ContractEntity.class)
                .setParameter("careChoice", careChoice).getResultList().stream().map(ContractEntity::toRecord)
                .toList());
    }

    @Override
    public void saveContract(Contract contract, String user) {
        access.require(user, Permission.EDIT_REGISTER, contract.careChoice());
        writeRegister(em -> MasterDataWrites.contract(em, contract, user));
    }

    @Override
    public void createContract(Contract contract, String user) {
        access.require(user, Permission.EDIT_REGISTER, contract.careChoice());
        writeRegister(em -> MasterDataCreation.contract(em, contract, user));
    }

    @Override
    public void updateContract(Contract before, Contract after, String user) {
        access.require(user, Permission.EDIT_REGISTER, after.careChoice());
        requireSameKey(before.contractId() + "/" + before.hsaId(), after.contractId() + "/" + after.hsaId(),
                "Avtalet och HSA-id:t");
        database.write(em -> {
            Contract stored = MasterDataWrites.findContract(em, before.contractId(), before.hsaId())
                    .map(ContractEntity::toRecord).orElse(null);
            requireUnchanged(stored, before, "Avtal " + before.contractId() + " för enhet " + before.hsaId());
            MasterDataWrites.contract(em, after, user);
        });
    }

    @Override
    public List<Supplementary> supplementaries(String careChoice) {
        return database.read(em -> em.createNamedQuery("Supplementary.byCareChoice", SupplementaryEntity.class)
                .setParameter("careChoice", careChoice).getResultList().stream().map(SupplementaryEntity::toRecord)
                .toList());
    }

    @Override
    public void saveSupplementary(Supplementary supplementary, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        database.write(em -> MasterDataWrites.supplementary(em, supplementary, user));
    }

    @Override
    public void updateSupplementary(Supplementary before, Supplementary after, String user) {
        access.require(user, Permission.EDIT_REGISTER, null);
        requireSameKey(MasterDataWrites.supplementaryKey(before), MasterDataWrites.supplementaryKey(after),
                "Avtalet, koden och giltig från-dagen");
        database.write(em -> {
            Supplementary stored = MasterDataWrites.findSupplementary(em, before).map(SupplementaryEntity::toRecord)
                    .orElse(null);
            requireUnchanged(stored, before, "Tilläggsuppdrag " + before.code() + " i avtal "
                    + before.contractId());
            MasterDataWrites.supplementary(em, after, user);
        });
    }

    private static void requireSameKey(String before, String after, String what) {
        if (!before.equals(after)) {
            throw new UserError(what + " kan inte ändras (" + before + " → " + after + ").");
        }
    }

    private static void requireUnchanged(Record stored, Record readByUser, String what) {
        if (stored == null) {
            throw new ConcurrentChangeException(what + " har tagits bort av någon annan sedan du öppnade posten.");
        }
        if (!Objects.equals(stored, readByUser)) {
            throw new ConcurrentChangeException(what + " har ändrats av någon annan sedan du öppnade posten (nu "
                    + AuditTrail.json(stored) + "); läs om posten och gör din ändring igen.");
        }
    }
}
