package se.vardval.persistence.internal.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.vardval.core.domain.County;
import se.vardval.core.domain.Region;

/** The one row of the region the database serves. */
@Entity
@Table(name = "region")
public class RegionEntity {

    /** The key of the one row. */
    public static final int ONLY = 1;

    @Id
    private int id;
    @Column(name = "county_code")
    private String countyCode;
    private String name;
    @Column(name = "org_nr")
    private String orgNr;

    protected RegionEntity() {
    }

    /** The row of this region. */
    public RegionEntity(Region region) {
        this.id = ONLY;
        apply(region);
    }

    /** Copies the region's fields. */
    public void apply(Region region) {
        countyCode = region.county().code();
        name = region.name();
        orgNr = region.orgNr();
    }

    /** The row as a record. */
    public Region toRecord() {
        return new Region(County.of(countyCode), name, orgNr);
    }
}
