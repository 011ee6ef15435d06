package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillRepository;

/**
 * A skill as the taxonomy holds it: what a page sends is a copy from an earlier request, or may name a skill
 * that has since gone. Needs and profiles both store skills through this.
 */
@ApplicationScoped
class KnownSkills {

    @Inject
    SkillRepository skills;

    /** The stored skill; null stays null, for the domain to say it is required. */
    Skill known(Skill skill) {
        if (skill == null || skill.getId() == null) {
            return null;
        }
        return skills.find(skill.getId())
                .orElseThrow(() -> new BusinessRuleException("The skill " + skill.getName() + " is no longer offered: choose another."));
    }
}
