package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonRepository;
import uk.interimexchange.domain.model.lesson.LessonSearch;
import uk.interimexchange.domain.model.lesson.LessonSort;
import uk.interimexchange.domain.model.lesson.LessonState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaLessonRepository implements LessonRepository {

    private static final String NEWEST = "l.publishedAt desc, l.createdAt desc, l.id desc";

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Lesson> find(long id) {
        return Optional.ofNullable(em.find(Lesson.class, id));
    }

    /**
     * Every word must be somewhere in the title, context, story or lesson. For the most relevant order each word
     * scores 3 in the title, 2 in the lesson and 1 in the story or context, summed in the database.
     */
    @Override
    public Page<Lesson> search(LessonState state, LessonSearch search, PageRequest page) {
        StringBuilder where = new StringBuilder(" where l.state = :state");
        Map<String, Object> params = new HashMap<>();
        params.put("state", state);
        List<String> scores = new ArrayList<>();
        List<String> terms = search.terms();
        // The library is searched on what it shows; the moderation queue on what was written
        String text = state == LessonState.PUBLISHED ? "l.published" : "l.";
        String title = field(text, "title");
        String lessonText = field(text, "lesson");
        String story = field(text, "whatHappened");
        String context = field(text, "context");
        for (int i = 0; i < terms.size(); i++) {
            String p = ":w" + i;
            params.put("w" + i, Queries.containing(terms.get(i)));
            String inTitle = "lower(" + title + ") like " + p + " escape '\\'";
            String inLesson = "lower(" + lessonText + ") like " + p + " escape '\\'";
            String inStory = "(lower(" + story + ") like " + p + " escape '\\' or lower(" + context + ") like " + p + " escape '\\')";
            where.append(" and (").append(inTitle).append(" or ").append(inLesson).append(" or ").append(inStory).append(')');
            scores.add("(case when " + inTitle + " then 3 else 0 end) + (case when " + inLesson + " then 2 else 0 end)"
                    + " + (case when " + inStory + " then 1 else 0 end)");
        }
        if (search.kind() != null) {
            where.append(" and l.kind = :kind");
            params.put("kind", search.kind());
        }
        if (search.skillTag() != null) {
            where.append(" and exists (select x.id from Lesson x join x.skillTags t where x.id = l.id and t = :tag)");
            params.put("tag", search.skillTag());
        }
        if (search.organisationType() != null) {
            where.append(" and l.organisationType = :type");
            params.put("type", search.organisationType());
        }
        if (search.region() != null) {
            where.append(" and l.region = :region");
            params.put("region", search.region());
        }
        long total = count("select count(l) from Lesson l" + where, params);
        if (search.sort() == LessonSort.RELEVANT && !scores.isEmpty()) {
            TypedQuery<Object[]> q = em.createQuery("select l, " + String.join(" + ", scores) + " as score from Lesson l" + where
                    + " order by score desc, " + NEWEST, Object[].class);
            params.forEach(q::setParameter);
            List<Lesson> items = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(row -> (Lesson) row[0]).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        }
        TypedQuery<Lesson> q = em.createQuery("select l from Lesson l" + where + " order by " + NEWEST, Lesson.class);
        params.forEach(q::setParameter);
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList(), total, page.offset(), page.limit());
    }

    /** {@code l.title} or {@code l.publishedTitle}. */
    private static String field(String prefix, String name) {
        return prefix.endsWith(".") ? prefix + name : prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private long count(String jpql, Map<String, Object> params) {
        TypedQuery<Long> c = em.createQuery(jpql, Long.class);
        params.forEach(c::setParameter);
        return c.getSingleResult();
    }

    @Override
    public Page<Lesson> byAuthor(long accountId, PageRequest page) {
        return Queries.page(em, "select l from Lesson l where l.author.id = :author order by l.createdAt desc, l.id desc",
                "select count(l) from Lesson l where l.author.id = :author", Map.of("author", accountId), Lesson.class, page);
    }

    @Override
    public void store(Lesson lesson) {
        if (lesson.getId() == null) {
            em.persist(lesson);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
