package se.vardval.persistence.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import se.vardval.core.domain.Unit;

/** A stored vårdenhet, optimistically locked. */
@Entity
@Table(name = "unit")
public class UnitEntity {

    @Id
    @Column(name = "hsa_id")
    private String hsaId;
    private String name;
    @Column(name = "org_nr")
    private String orgNr;
    private String municipality;
    @Column(name = "catchment_population")
    private Integer catchmentPopulation;
    @Version
    private long version;

    protected UnitEntity() {
    }

    /** A new row for the record. */
    public UnitEntity(Unit unit) {
        hsaId = unit.hsaId();
        apply(unit);
    }

    /** Copies the record's attributes (not its key). */
    public void apply(Unit unit) {
        name = unit.name();
        orgNr = unit.orgNr();
        municipality = unit.municipality();
        catchmentPopulation = unit.catchmentPopulation();
    }

    /** The row as a record. */
    public Unit toRecord() {
        return new Unit(hsaId, name, orgNr, municipality, catchmentPopulation);
    }

    @Override
    public String toString() {
        return "Unit " + hsaId;
    }
}
