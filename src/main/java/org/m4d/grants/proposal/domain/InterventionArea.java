package org.m4d.grants.proposal.domain;

/** Example areas of intervention of the programme (reference data). */
public enum InterventionArea {
    ACCESS_TO_EDUCATION_AND_HEALTH("Migrants' access to education and health services"),
    RETURN_OF_HEALTH_PROFESSIONALS("Return of qualified health professionals from the diaspora"),
    RECOGNITION_OF_QUALIFICATIONS("Recognition of foreign qualifications"),
    FAIR_RECRUITMENT("Lower, transparent recruitment costs for migrant workers of all genders"),
    SOCIAL_SECURITY_FOR_ALL("Social security available to all regardless of migratory status");

    private final String label;

    InterventionArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
