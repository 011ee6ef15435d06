package uk.interimexchange.domain.model.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with the total so a view can offer the other pages. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0, 0, 1);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}
