package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillArea;
import uk.interimexchange.domain.model.skill.SkillRepository;

@ApplicationScoped
public class JpaSkillRepository implements SkillRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Skill> find(long id) {
        return Optional.ofNullable(em.find(Skill.class, id));
    }

    @Override
    public Optional<Skill> findByName(String name) {
        return Queries.first(em.createQuery("select s from Skill s where s.name = :name", Skill.class).setParameter("name", name));
    }

    @Override
    public Optional<SkillArea> findAreaByName(String name) {
        return Queries.first(em.createQuery("select a from SkillArea a where a.name = :name", SkillArea.class)
                .setParameter("name", name));
    }

    @Override
    public List<Skill> allSkills() {
        return em.createQuery("select s from Skill s join fetch s.area order by s.area.name, s.name", Skill.class).getResultList();
    }

    @Override
    public long countSkills() {
        return em.createQuery("select count(s) from Skill s", Long.class).getSingleResult();
    }

    @Override
    public void store(SkillArea area) {
        if (area.getId() == null) {
            em.persist(area);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }

    @Override
    public void store(Skill skill) {
        if (skill.getId() == null) {
            em.persist(skill);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }
}
