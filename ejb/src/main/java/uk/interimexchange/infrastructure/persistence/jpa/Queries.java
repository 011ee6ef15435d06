package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Paging and the small helpers every repository shares. */
final class Queries {

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
