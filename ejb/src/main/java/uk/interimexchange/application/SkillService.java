package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.skill.Skill;

/** The skill taxonomy that needs ask for and associates hold. */
public interface SkillService {

    /** Every skill, by area and then name: tens of rows, shown whole in pickers. */
    List<Skill> taxonomy();
}
