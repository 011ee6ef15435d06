package uk.interimexchange.application;

/** No such record, or none the caller may see: the two are told apart only in the log. */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what) {
        super("We could not find that " + what + ". It may have been removed, or the link may be wrong.");
    }
}
