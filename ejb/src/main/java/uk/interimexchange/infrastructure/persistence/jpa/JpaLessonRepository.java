package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonRepository;
import uk.interimexchange.domain.model.lesson.LessonState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@ApplicationScoped
public class JpaLessonRepository implements LessonRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Lesson> find(long id) {
        return Optional.ofNullable(em.find(Lesson.class, id));
    }

    @Override
    public Page<Lesson> search(LessonState state, String words, LessonKind kind, PageRequest page) {
        StringBuilder where = new StringBuilder(" where l.state = :state");
        Map<String, Object> params = new HashMap<>();
        params.put("state", state);
        if (Queries.present(words)) {
            where.append(" and (lower(l.title) like :words escape '\\' or lower(l.lesson) like :words escape '\\'"
                    + " or lower(l.whatHappened) like :words escape '\\')");
            params.put("words", Queries.containing(words));
        }
        if (kind != null) {
            where.append(" and l.kind = :kind");
            params.put("kind", kind);
        }
        return Queries.page(em, "select l from Lesson l" + where + " order by l.publishedAt desc, l.createdAt desc, l.id desc",
                "select count(l) from Lesson l" + where, params, Lesson.class, page);
    }

    @Override
    public void store(Lesson lesson) {
        if (lesson.getId() == null) {
            em.persist(lesson);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
