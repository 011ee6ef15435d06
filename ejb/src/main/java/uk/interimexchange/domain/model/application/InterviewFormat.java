package uk.interimexchange.domain.model.application;

public enum InterviewFormat {
    IN_PERSON("In person"),
    VIDEO("Video call"),
    TELEPHONE("Telephone");

    private final String label;

    InterviewFormat(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
