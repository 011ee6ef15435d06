package uk.interimexchange.interfaces.rest;

import java.util.List;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * A list answered a page at a time: {@code ?page=1&size=20} (the first page of 20 unless asked), and the answer says
 * which page it is and how many there are in all, so a caller can walk every page.
 */
public record Paging<T>(List<T> items, int page, int size, long total) {

    static final int DEFAULT_SIZE = 20;
    static final int MOST = 100;

    /** The page asked for, refused in words (400) when it is not a page. */
    static PageRequest request(String page, String size) {
        int p = number("page", page, 1);
        int s = number("size", size, DEFAULT_SIZE);
        if (p < 1 || p > 100_000) {
            throw new BadRequest("page must be a whole number from 1 to 100000, not " + p + ".");
        }
        if (s < 1 || s > MOST) {
            throw new BadRequest("size must be a whole number from 1 to " + MOST + ", not " + s + ".");
        }
        return new PageRequest((p - 1) * s, s);
    }

    private static int number(String name, String given, int otherwise) {
        if (given == null || given.isBlank()) {
            return otherwise;
        }
        if (!given.strip().matches("\\d{1,9}")) {
            throw new BadRequest(name + " must be a whole number, not \"" + (given.length() > 20 ? given.substring(0, 20) + "…" : given) + "\".");
        }
        return Integer.parseInt(given.strip());
    }

    static <T> Paging<T> of(Page<T> page) {
        return new Paging<>(page.items(), page.offset() / page.limit() + 1, page.limit(), page.total());
    }

    /** A query parameter no caller could mean: 400, with what is wrong. */
    static final class BadRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        BadRequest(String message) {
            super(message);
        }
    }
}
