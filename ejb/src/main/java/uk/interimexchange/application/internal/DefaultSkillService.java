package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillRepository;

@Stateless
public class DefaultSkillService implements SkillService {

    @Inject
    SkillRepository skills;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public List<Skill> taxonomy() {
        return skills.allSkills();
    }
}
