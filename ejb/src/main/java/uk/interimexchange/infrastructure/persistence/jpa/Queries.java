package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.ScrollableCursor;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Paging and the small helpers every repository shares. */
final class Queries {

    /** Rows a cursor fetches from the database in one round trip. */
    private static final int FETCHED_AT_ONCE = 500;

    private Queries() {
    }

    /** Runs a list query and its count query with the same parameters, one page at a time. */
    static <T> Page<T> page(EntityManager em, String select, String count, Map<String, Object> params,
            Class<T> type, PageRequest page) {
        TypedQuery<T> q = em.createQuery(select, type).setFirstResult(page.offset()).setMaxResults(page.limit());
        params.forEach(q::setParameter);
        List<T> items = q.getResultList();
        if (page.offset() == 0 && items.size() < page.limit()) {
            return new Page<>(items, items.size(), 0, page.limit()); // a first page not full is everything: no need to count
        }
        TypedQuery<Long> c = em.createQuery(count, Long.class);
        params.forEach(c::setParameter);
        return new Page<>(items, c.getSingleResult(), page.offset(), page.limit());
    }

    /**
     * Runs a query of columns through a database cursor, handing each row's columns over as the driver fetches them, a
     * few hundred at a time: a download of thousands of rows holds only one fetch in memory.
     */
    static void eachRow(Query query, Consumer<List<Object>> row) {
        query.setHint(QueryHints.SCROLLABLE_CURSOR, HintValues.TRUE);
        query.setHint(QueryHints.JDBC_FETCH_SIZE, FETCHED_AT_ONCE);
        ScrollableCursor cursor = (ScrollableCursor) query.getSingleResult();
        try {
            while (cursor.hasNext()) {
                row.accept(Arrays.asList((Object[]) cursor.next())); // a JPQL query of columns reads each row as an array
            }
        } finally {
            cursor.close();
        }
    }

    static <T> Optional<T> first(TypedQuery<T> query) {
        return query.setMaxResults(1).getResultStream().findFirst();
    }

    /** A LIKE pattern for words typed by a user, with LIKE's own wildcards taken literally. */
    static String containing(String words) {
        String escaped = words.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    static boolean present(String words) {
        return words != null && !words.isBlank();
    }
}
