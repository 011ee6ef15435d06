package uk.interimexchange.domain.model.lesson;

public enum LessonKind {
    SUCCESS("Success"),
    FAILURE("Failure"),
    SIMPLE_IMPROVEMENT("Simple improvement");

    private final String label;

    LessonKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
