package se.vardval.core.domain;

/** A category of cost the region may charge a unit for (kostnadsansvar). */
public enum CostCategory {
    /** Prescribed drugs. */
    DRUGS,
    /** Laboratory analyses. */
    LAB,
    /** Radiology. */
    XRAY,
    /** Physiotherapists and GPs under LOF/LOL (national fee schedule). */
    LOF_LOL,
    /** Medical foot care. */
    FOOT_CARE,
    /** Municipal services. */
    MUNICIPAL_SERVICES,
    /** Patient transport. */
    PATIENT_TRANSPORT,
    /** Anything else. */
    OTHER
}
