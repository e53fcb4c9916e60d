package se.vardval.core.domain;

/** The profession of the clinician who made a contact. */
public enum Profession {
    /** Physician. */
    DOCTOR,
    /** Nurse. */
    NURSE,
    /** Physiotherapist. */
    PHYSIO,
    /** Psychologist. */
    PSYCHOLOGIST,
    /** Dentist. */
    DENTIST,
    /** Dental hygienist. */
    DENTAL_HYGIENIST,
    /** Podiatrist (medicinsk fotterapeut). */
    PODIATRIST,
    /** Any other profession. */
    OTHER
}
