package uk.interimexchange.domain.model.need;

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

/** A skill a need asks for: essential or desirable, with the lowest level that will do. */
@Embeddable
public class RequiredSkill {

    @ManyToOne(optional = false)
    @JoinColumn(name = "skill_id")
    private Skill skill;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Importance importance;

    @Enumerated(EnumType.STRING)
    @Column(name = "minimum_level", nullable = false, length = 20)
    private SkillLevel minimumLevel;

    protected RequiredSkill() {
    }

    public RequiredSkill(Skill skill, Importance importance, SkillLevel minimumLevel) {
        this.skill = Check.required(skill, "The skill");
        this.importance = Check.required(importance, "Whether the skill is essential or desirable");
        this.minimumLevel = Check.required(minimumLevel, "The minimum skill level");
    }

    public boolean isEssential() {
        return importance == Importance.ESSENTIAL;
    }

    public Skill getSkill() {
        return skill;
    }

    public Importance getImportance() {
        return importance;
    }

    public SkillLevel getMinimumLevel() {
        return minimumLevel;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RequiredSkill other && Objects.equals(skill, other.skill)
                && importance == other.importance && minimumLevel == other.minimumLevel;
    }

    @Override
    public int hashCode() {
        return Objects.hash(skill, importance, minimumLevel);
    }
}
