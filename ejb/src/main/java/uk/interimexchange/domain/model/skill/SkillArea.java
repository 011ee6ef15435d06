package uk.interimexchange.domain.model.skill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.interimexchange.domain.model.shared.Check;

/** A heading of the skill taxonomy, such as "Service redesign". */
@Entity
@Table(name = "skill_area")
public class SkillArea {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Version
    private long version;

    protected SkillArea() {
    }

    public SkillArea(String name) {
        this.name = Check.text(name, 100, "The skill area name");
    }

    public void rename(String newName) {
        this.name = Check.text(newName, 100, "The skill area name");
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getVersion() {
        return version;
    }
}
