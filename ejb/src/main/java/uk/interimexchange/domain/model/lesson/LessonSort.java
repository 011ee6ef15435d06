package uk.interimexchange.domain.model.lesson;

/** The orders the library can be read in. */
public enum LessonSort {
    NEWEST("Newest first"),
    RELEVANT("Most relevant first");

    private final String label;

    LessonSort(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
