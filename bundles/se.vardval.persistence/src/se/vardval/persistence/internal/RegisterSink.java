package se.vardval.persistence.internal;

import jakarta.persistence.EntityManager;
import se.vardval.core.domain.Contract;
import se.vardval.core.domain.Provider;
import se.vardval.core.domain.Supplementary;
import se.vardval.core.domain.Unit;
import se.vardval.imports.ImportSink;

/** Writes imported register rows (providers, units, contracts, tilläggsuppdrag) by natural key, audited. */
final class RegisterSink implements ImportSink {

    private final EntityManager em;
    private final String user;

    RegisterSink(EntityManager em, String user) {
        this.em = em;
        this.user = user;
    }

    @Override
    public void provider(Provider provider, long line) {
        MasterDataWrites.provider(em, provider, user);
    }

    @Override
    public void unit(Unit unit, long line) {
        MasterDataWrites.unit(em, unit, user);
        em.flush();
    }

    @Override
    public void contract(Contract contract, long line) {
        MasterDataWrites.contract(em, contract, user);
        em.flush();
    }

    @Override
    public void supplementary(Supplementary supplementary, long line) {
        MasterDataWrites.supplementary(em, supplementary, user);
        em.flush();
    }
}
