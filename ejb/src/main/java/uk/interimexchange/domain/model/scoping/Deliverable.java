package uk.interimexchange.domain.model.scoping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.interimexchange.domain.model.shared.Check;

@Embeddable
public class Deliverable {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "due_week", nullable = false)
    private int dueWeek;

    protected Deliverable() {
    }

    public Deliverable(String name, String description, int dueWeek) {
        this.name = Check.text(name, 200, "The deliverable's name");
        this.description = Check.optionalText(description, 2000, "The deliverable's description");
        Check.that(dueWeek >= 1 && dueWeek <= 104, "A deliverable's due week must be between 1 and 104.");
        this.dueWeek = dueWeek;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public int getDueWeek() {
        return dueWeek;
    }

    @Override
    public String toString() {
        return name + " (week " + dueWeek + ")" + (description == null ? "" : ": " + description);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deliverable other && name.equals(other.name)
                && Objects.equals(description, other.description) && dueWeek == other.dueWeek;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description, dueWeek);
    }
}
