package se.vardval.persistence.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.vardval.core.domain.Ownership;
import se.vardval.core.domain.Provider;

/** A stored vårdgivare, optimistically locked. */
@Entity
@Table(name = "provider")
public class ProviderEntity {

    @Id
    @Column(name = "org_nr")
    private String orgNr;
    private String name;
    @Enumerated(EnumType.STRING)
    private Ownership ownership;
    @Version
    private long version;

    protected ProviderEntity() {
    }

    /** A new row for the record. */
    public ProviderEntity(Provider provider) {
        orgNr = provider.orgNr();
        apply(provider);
    }

    /** Copies the record's attributes (not its key). */
    public void apply(Provider provider) {
        name = provider.name();
        ownership = provider.ownership();
    }

    /** The row as a record. */
    public Provider toRecord() {
        return new Provider(orgNr, name, ownership);
    }

    @Override
    public String toString() {
        return "Provider " + orgNr;
    }
}
