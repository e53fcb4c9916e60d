package se.vardval.persistence.internal;

import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;
import se.vardval.persistence.internal.jdbc.ListingKeys;
import se.vardval.persistence.internal.jpa.CareChoiceEntity;
import se.vardval.persistence.internal.jpa.ContractEntity;
import se.vardval.persistence.internal.jpa.ProviderEntity;
import se.vardval.persistence.internal.jpa.SupplementaryEntity;
import se.vardval.persistence.internal.jpa.UnitEntity;

/**
 * Creates or updates register rows by natural key inside the caller's transaction, auditing each real change; used by
 * the store and by imports alike.
 */
final class MasterDataWrites {

    private MasterDataWrites() {
    }

    static void careChoice(EntityManager em, CareChoice careChoice, String user) {
        CareChoiceEntity row = em.find(CareChoiceEntity.class, careChoice.id());
        if (row == null) {
            createCareChoice(em, careChoice, user);
        } else if (!row.toRecord().equals(careChoice)) {
            AuditTrail.record(em, user, "care_choice", careChoice.id(), "UPDATE", row.toRecord(), careChoice);
            row.apply(careChoice);
        }
    }

    /** Stores a new vårdval with the next number of the listing keys; the database refuses an id that is taken. */
    static void createCareChoice(EntityManager em, CareChoice careChoice, String user) {
        em.persist(new CareChoiceEntity(careChoice, nextKeyNumber(em)));
        AuditTrail.record(em, user, "care_choice", careChoice.id(), "CREATE", null, careChoice);
    }

    /** The number the next vårdval gets in the listing table's keys ({@link ListingKeys}). */
    private static int nextKeyNumber(EntityManager em) {
        Integer highest = em.createQuery("select max(c.keyNumber) from CareChoiceEntity c", Integer.class)
                .getSingleResult();
        int next = highest == null ? 1 : highest + 1;
        if (next > ListingKeys.MOST_CARE_CHOICES) {
            throw new UserError("Databasen rymmer högst " + ListingKeys.MOST_CARE_CHOICES + " vårdval.");
        }
        return next;
    }

    static void provider(EntityManager em, Provider provider, String user) {
        ProviderEntity row = em.find(ProviderEntity.class, provider.orgNr());
        if (row == null) {
            createProvider(em, provider, user);
        } else if (!row.toRecord().equals(provider)) {
            AuditTrail.record(em, user, "provider", provider.orgNr(), "UPDATE", row.toRecord(), provider);
            row.apply(provider);
        }
    }

    /** Stores a new provider; the database refuses an organisationsnummer that is taken. */
    static void createProvider(EntityManager em, Provider provider, String user) {
        em.persist(new ProviderEntity(provider));
        AuditTrail.record(em, user, "provider", provider.orgNr(), "CREATE", null, provider);
    }

    static void unit(EntityManager em, Unit unit, String user) {
        UnitEntity row = em.find(UnitEntity.class, unit.hsaId());
        if (row == null) {
            createUnit(em, unit, user);
        } else if (!row.toRecord().equals(unit)) {
            AuditTrail.record(em, user, "unit", unit.hsaId(), "UPDATE", row.toRecord(), unit);
            row.apply(unit);
        }
    }

    /** Stores a new unit; the database refuses an HSA-id that is taken. */
    static void createUnit(EntityManager em, Unit unit, String user) {
        em.persist(new UnitEntity(unit));
        AuditTrail.record(em, user, "unit", unit.hsaId(), "CREATE", null, unit);
    }

    static Optional<ContractEntity> findContract(EntityManager em, String contractId, String hsaId) {
        return em.createNamedQuery("Contract.byKey", ContractEntity.class).setParameter("contractId", contractId)
                .setParameter("hsaId", hsaId).getResultStream().findFirst();
    }

    static void contract(EntityManager em, Contract contract, String user) {
        requireUnitOfProvider(em, contract);
        Optional<ContractEntity> row = findContract(em, contract.contractId(), contract.hsaId());
        if (row.isEmpty()) {
            createContract(em, contract, user);
        } else if (!row.get().toRecord().equals(contract)) {
            AuditTrail.record(em, user, "contract", contractKey(contract), "UPDATE", row.get().toRecord(), contract);
            row.get().apply(contract);
        }
    }

    /**
     * Stores a new contract row, whose unit the caller has checked to be the contract's provider's; the database
     * refuses a key that is taken.
     */
    static void createContract(EntityManager em, Contract contract, String user) {
        em.persist(new ContractEntity(contract));
        AuditTrail.record(em, user, "contract", contractKey(contract), "CREATE", null, contract);
    }

    private static String contractKey(Contract contract) {
        return contract.contractId() + "/" + contract.hsaId();
    }

    /** A contract covers units of its own provider only: their payments go to the unit's provider. */
    static void requireUnitOfProvider(EntityManager em, Contract contract) {
        UnitEntity unit = em.find(UnitEntity.class, contract.hsaId());
        String provider = unit == null ? null : unit.toRecord().orgNr();
        if (provider != null && !provider.equals(contract.orgNr())) {
            throw new UserError("Enheten " + contract.hsaId() + " hör till vårdgivaren " + provider
                    + ", inte till avtalets " + contract.orgNr() + ".");
        }
    }

    static Optional<SupplementaryEntity> findSupplementary(EntityManager em, Supplementary supplementary) {
        return em.createNamedQuery("Supplementary.byKey", SupplementaryEntity.class)
                .setParameter("contractId", supplementary.contractId()).setParameter("code", supplementary.code())
                .setParameter("validFrom", supplementary.validFrom()).getResultStream().findFirst();
    }

    static String supplementaryKey(Supplementary supplementary) {
        return supplementary.contractId() + "/" + supplementary.code() + "/" + supplementary.validFrom();
    }

    static void supplementary(EntityManager em, Supplementary supplementary, String user) {
        String key = supplementaryKey(supplementary);
        Optional<SupplementaryEntity> row = findSupplementary(em, supplementary);
        if (row.isEmpty()) {
            em.persist(new SupplementaryEntity(supplementary));
            AuditTrail.record(em, user, "supplementary", key, "CREATE", null, supplementary);
        } else if (!sameAmounts(row.get().toRecord(), supplementary)) {
            AuditTrail.record(em, user, "supplementary", key, "UPDATE", row.get().toRecord(), supplementary);
            row.get().apply(supplementary);
        }
    }

    private static boolean sameAmounts(Supplementary stored, Supplementary given) {
        return stored.name().equals(given.name()) && stored.annualAmount().compareTo(given.annualAmount()) == 0
                && Objects.equals(stored.validTo(), given.validTo());
    }
}
