package uk.interimexchange.application;

/** What the person reading a lesson's page may do there, worked out once by {@link LessonService#page}. */
public enum LessonStep {
    /** Its author changes it and sends it for moderation, while it is open for edit. */
    EDIT,
    /** A coordinator publishes it or returns it to its author, while it awaits moderation. */
    MODERATE
}
