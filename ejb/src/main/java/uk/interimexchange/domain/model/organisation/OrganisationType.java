package uk.interimexchange.domain.model.organisation;

import java.util.Locale;

public enum OrganisationType {
    ACUTE("Acute", "An acute trust"),
    MENTAL_HEALTH("Mental health", "A mental health trust"),
    COMMUNITY("Community", "A community trust"),
    AMBULANCE("Ambulance", "An ambulance trust"),
    INTEGRATED_CARE_BOARD("Integrated care board", "An integrated care board"),
    COMMISSIONING_SUPPORT_UNIT("Commissioning support unit", "A commissioning support unit"),
    OTHER("Other", "An NHS organisation");

    private final String label;
    private final String description;

    OrganisationType(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String getLabel() {
        return label;
    }

    /** The type in a sentence, where the organisation itself is not named (an anonymised lesson). */
    public String getDescription() {
        return description;
    }

    /**
     * The ODS trust extract carries no type, so it is told from the name where the name says it;
     * anything the name does not settle is OTHER rather than a guess.
     */
    public static OrganisationType fromName(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (n.contains("AMBULANCE")) {
            return AMBULANCE;
        }
        if (n.contains("INTEGRATED CARE BOARD")) {
            return INTEGRATED_CARE_BOARD;
        }
        if (n.contains("COMMISSIONING SUPPORT")) {
            return COMMISSIONING_SUPPORT_UNIT;
        }
        if (n.contains("MENTAL HEALTH") || n.contains("PSYCHIATR") || n.contains("TAVISTOCK")) {
            return MENTAL_HEALTH;
        }
        if (n.contains("COMMUNITY")) {
            return COMMUNITY;
        }
        if (n.contains("HOSPITAL") || n.contains("MEDICAL CENTRE") || n.contains("INFIRMARY")) {
            return ACUTE;
        }
        return OTHER;
    }
}
