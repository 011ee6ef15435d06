package uk.interimexchange.application;

/**
 * A need as a list shows it, read in one query: its title, the organisation, and whether it came back to the host with a
 * question (a reason is kept).
 */
public record NeedLine(long id, String title, String organisation, boolean returned) {

    /** The constructor a JPQL constructor expression calls: the reason comes as a column. */
    public NeedLine(long id, String title, String organisation, String stateReason) {
        this(id, title, organisation, stateReason != null);
    }
}
