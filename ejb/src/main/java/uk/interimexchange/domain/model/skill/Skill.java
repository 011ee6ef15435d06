package uk.interimexchange.domain.model.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import uk.interimexchange.domain.model.shared.Check;

/** A skill within an area of the taxonomy, such as "Pathway redesign" under "Service redesign". */
@Entity
@Table(name = "skill")
public class Skill {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "area_id")
    private SkillArea area;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Version
    private long version;

    protected Skill() {
    }

    public Skill(SkillArea area, String name) {
        this.area = Check.required(area, "The skill area");
        this.name = Check.text(name, 100, "The skill name");
    }

    /** A clearer name: needs and profiles that hold the skill keep it, under its new name. */
    public void rename(String newName) {
        this.name = Check.text(newName, 100, "The skill name");
    }

    public Long getId() {
        return id;
    }

    public SkillArea getArea() {
        return area;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Skill other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
