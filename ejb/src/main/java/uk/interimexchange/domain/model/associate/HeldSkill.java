package uk.interimexchange.domain.model.associate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Objects;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillLevel;

/** A skill an associate holds, at a level. */
@Embeddable
public class HeldSkill {

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level", nullable = false, length = 20)
    private SkillLevel level;

    protected HeldSkill() {
    }

    public HeldSkill(Skill skill, SkillLevel level) {
        this.skill = Check.required(skill, "The skill");
        this.level = Check.required(level, "The skill level");
    }

    public Skill getSkill() {
        return skill;
    }

    public SkillLevel getLevel() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HeldSkill other && Objects.equals(skill, other.skill) && level == other.level;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skill, level);
    }
}
