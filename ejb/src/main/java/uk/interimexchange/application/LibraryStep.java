package uk.interimexchange.application;

/** What the person reading the lessons library may do from it, worked out once by {@link LessonService#library}. */
public enum LibraryStep {
    /** Write a lesson from a placement they took part in: associates, hosts and coordinators. */
    WRITE,
    /** Moderate the lessons sent for publication: coordinators. */
    MODERATE
}
