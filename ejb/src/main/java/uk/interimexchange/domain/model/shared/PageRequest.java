package uk.interimexchange.domain.model.shared;

/** Which slice of a list to fetch: lists are always paged in the database, never loaded whole. */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 200;

    public PageRequest {
        Check.that(offset >= 0, "The page offset cannot be negative.");
        Check.that(limit >= 1 && limit <= MAX_LIMIT, "A page holds between 1 and " + MAX_LIMIT + " rows.");
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }
}
