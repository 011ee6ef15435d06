package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillArea;
import uk.interimexchange.domain.model.skill.SkillRepository;

@Stateless
public class DefaultSkillService implements SkillService {

    static final String ENTITY = "Skill";

    @Inject
    SkillRepository skills;

    @Inject
    Transitions transitions;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public List<Skill> taxonomy() {
        return skills.allSkills();
    }

    @Override
    @RolesAllowed({Roles.ADMIN})
    public Skill addSkill(String areaName, String skillName) {
        String area = Check.text(areaName, 100, "The skill area");
        SkillArea existing = skills.findAreaByName(area).orElse(null);
        SkillArea home = existing != null ? existing : new SkillArea(area);
        Skill skill = new Skill(home, skillName);
        refuseTaken(skill.getName(), null);
        if (existing == null) {
            skills.store(home);
        }
        skills.store(skill);
        transitions.recordSaved(ENTITY, skill.getId(), "added", null, null, home.getName() + ": " + skill.getName());
        return skill;
    }

    @Override
    @RolesAllowed({Roles.ADMIN})
    public Skill renameSkill(long skillId, String newName) {
        Skill skill = skills.find(skillId).orElseThrow(() -> new NotFoundException("skill"));
        String before = skill.getName();
        refuseTaken(Check.text(newName, 100, "The skill name"), skillId); // before the change, which a query would flush
        skill.rename(newName);
        transitions.record("skill", ENTITY, skillId, "renamed", null, null, "From " + before + " to " + skill.getName());
        return skill;
    }

    /** Skill names are unique across the taxonomy, ignoring case, so pickers never show two alike. */
    private void refuseTaken(String name, Long except) {
        boolean taken = skills.allSkills().stream()
                .anyMatch(s -> s.getName().equalsIgnoreCase(name) && (except == null || !s.getId().equals(except)));
        if (taken) {
            throw new BusinessRuleException("A skill called " + name + " is already in the taxonomy.");
        }
    }
}
