package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.skill.Skill;

/** The skill taxonomy that needs ask for and associates hold. */
public interface SkillService {

    /** Every skill, by area and then name: tens of rows, shown whole in pickers. */
    List<Skill> taxonomy();

    /** An admin adds a skill, in an area of the taxonomy (a new area is made for a name not yet used). */
    Skill addSkill(String areaName, String skillName);

    /** An admin renames a skill; what holds it keeps it. */
    Skill renameSkill(long skillId, String newName);
}
