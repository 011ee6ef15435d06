package uk.interimexchange.domain.model.lesson;

public enum LessonState {
    DRAFT("Draft"),
    SUBMITTED("Awaiting moderation"),
    PUBLISHED("Published"),
    RETURNED("Returned for edit");

    private final String label;

    LessonState(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
