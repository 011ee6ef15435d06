package uk.interimexchange.domain.model.scoping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.interimexchange.domain.model.shared.Check;

/** What the assignment is for, with how anyone will know it was achieved. */
@Embeddable
public class Objective {

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false, length = 1000)
    private String measure;

    protected Objective() {
    }

    public Objective(String description, String measure) {
        this.description = Check.text(description, 1000, "The objective");
        this.measure = Check.text(measure, 1000, "How the objective \"" + this.description + "\" will be measured");
    }

    public String getDescription() {
        return description;
    }

    public String getMeasure() {
        return measure;
    }

    @Override
    public String toString() {
        return description + " (measured by: " + measure + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Objective other && description.equals(other.description) && measure.equals(other.measure);
    }

    @Override
    public int hashCode() {
        return Objects.hash(description, measure);
    }
}
