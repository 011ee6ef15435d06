package uk.interimexchange.application;

/** The caller may not see or do this. Declared an application exception in ejb-jar.xml. */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
