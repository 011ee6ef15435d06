package uk.interimexchange.application;

/** Someone else saved the same record first: nothing of this change was saved. */
public class ConcurrentChangeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChangeException(String what) {
        super("Someone else changed this " + what + " while you were working on it, so your changes were not saved. "
                + "Reload it to see the latest version, then make your changes again.");
    }
}
