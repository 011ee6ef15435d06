package uk.interimexchange.interfaces.web;

import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * Where a paged list is: the first row shown (from the address, ?from=), how many a page holds, and whether there
 * are pages before and after. Every list page pages the same way, in the database.
 */
public final class Paging {

    /** No list goes further than this, however the address is edited. */
    static final int FURTHEST = 1_000_000;

    private final int from;
    private final int size;
    private long total;

    private Paging(int from, int size) {
        this.from = from;
        this.size = size;
    }

    /** The page that starts at the row the address asks for ({@code from}, missing or unreadable: the first). */
    public static Paging from(String from, int size) {
        return new Paging((int) Math.max(0, Math.min(WebPages.number(from), FURTHEST)), size);
    }

    public PageRequest request() {
        return new PageRequest(from, size);
    }

    /** Records how many rows there are in all, once the page has been read. */
    public Paging of(long rowsInAll) {
        this.total = rowsInAll;
        return this;
    }

    public int getFrom() {
        return from;
    }

    public boolean isEarlier() {
        return from > 0;
    }

    public boolean isLater() {
        return from + size < total;
    }

    public int getPrevious() {
        return Math.max(0, from - size);
    }

    public int getNext() {
        return from + size;
    }
}
