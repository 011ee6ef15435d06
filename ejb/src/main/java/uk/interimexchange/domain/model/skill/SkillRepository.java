package uk.interimexchange.domain.model.skill;

import java.util.List;
import java.util.Optional;

public interface SkillRepository {

    Optional<Skill> find(long id);

    Optional<Skill> findByName(String name);

    Optional<SkillArea> findAreaByName(String name);

    /** The whole taxonomy is small (tens of rows) and shown whole in pickers. */
    List<Skill> allSkills();

    long countSkills();

    void store(SkillArea area);

    void store(Skill skill);
}
