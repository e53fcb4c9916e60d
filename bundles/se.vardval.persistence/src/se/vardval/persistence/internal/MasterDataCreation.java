package se.vardval.persistence.internal;

import jakarta.persistence.EntityManager;
import se.vardval.core.domain.CareChoice;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Unit;
import se.vardval.core.service.UserError;
import se.vardval.persistence.internal.jpa.CareChoiceEntity;
import se.vardval.persistence.internal.jpa.ContractEntity;
import se.vardval.persistence.internal.jpa.ProviderEntity;
import se.vardval.persistence.internal.jpa.UnitEntity;

/**
 * Registers new register rows inside the caller's transaction: refuses a key that exists and a reference to what is
 * not registered, so that creating never overwrites a record someone else registered meanwhile.
 */
final class MasterDataCreation {

    private MasterDataCreation() {
    }

    static void careChoice(EntityManager em, CareChoice careChoice, String user) {
        refuseIf(em.find(CareChoiceEntity.class, careChoice.id()) != null,
                "Vårdvalet " + careChoice.id() + " finns redan.");
        MasterDataWrites.createCareChoice(em, careChoice, user);
    }

    static void provider(EntityManager em, Provider provider, String user) {
        refuseIf(em.find(ProviderEntity.class, provider.orgNr()) != null,
                "Vårdgivaren " + provider.orgNr() + " finns redan.");
        MasterDataWrites.createProvider(em, provider, user);
    }

    static void unit(EntityManager em, Unit unit, String user) {
        refuseIf(em.find(UnitEntity.class, unit.hsaId()) != null, "Enheten " + unit.hsaId() + " finns redan.");
        requireProvider(em, unit.orgNr());
        MasterDataWrites.createUnit(em, unit, user);
    }

    static void contract(EntityManager em, Contract contract, String user) {
        refuseIf(MasterDataWrites.findContract(em, contract.contractId(), contract.hsaId()).isPresent(),
                "Avtal " + contract.contractId() + " omfattar redan enheten " + contract.hsaId() + ".");
        refuseIf(em.find(CareChoiceEntity.class, contract.careChoice()) == null,
                "Vårdvalet " + contract.careChoice() + " finns inte.");
        requireProvider(em, contract.orgNr());
        refuseIf(em.find(UnitEntity.class, contract.hsaId()) == null, "Enheten " + contract.hsaId() + " finns inte.");
        em.createNamedQuery("Contract.byId", ContractEntity.class).setParameter("contractId", contract.contractId())
                .getResultStream().map(ContractEntity::toRecord).findFirst()
                .ifPresent(other -> requireSameContract(other, contract));
        MasterDataWrites.requireUnitOfProvider(em, contract);
        MasterDataWrites.createContract(em, contract, user);
    }

    /** All rows of a contract name one vårdval and one provider, as in {@code contracts.csv}. */
    private static void requireSameContract(Contract existing, Contract added) {
        refuseIf(!existing.careChoice().equals(added.careChoice()) || !existing.orgNr().equals(added.orgNr()),
                "Avtal " + added.contractId() + " gäller vårdvalet " + existing.careChoice() + " och vårdgivaren "
                        + existing.orgNr() + ", inte " + added.careChoice() + " och " + added.orgNr() + ".");
    }

    private static void requireProvider(EntityManager em, String orgNr) {
        refuseIf(em.find(ProviderEntity.class, orgNr) == null, "Vårdgivaren " + orgNr + " finns inte.");
    }

    private static void refuseIf(boolean refused, String reason) {
        if (refused) {
            throw new UserError(reason);
        }
    }
}
