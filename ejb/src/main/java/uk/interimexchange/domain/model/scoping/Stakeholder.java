package uk.interimexchange.domain.model.scoping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import uk.interimexchange.domain.model.shared.Check;

/** Someone the associate will work with; "nobody should arrive unannounced" is checked against these. */
@Embeddable
public class Stakeholder {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "stakeholder_role", nullable = false, length = 150)
    private String role;

    @Column(length = 200)
    private String organisation;

    @Column(name = "must_brief", nullable = false)
    private boolean mustBriefBeforeStart;

    /** Where the host can email the stakeholder their briefing; optional, and only for those to brief. */
    @Column(length = 254)
    private String email;

    protected Stakeholder() {
    }

    public Stakeholder(String name, String role, String organisation, boolean mustBriefBeforeStart) {
        this(name, role, organisation, mustBriefBeforeStart, null);
    }

    public Stakeholder(String name, String role, String organisation, boolean mustBriefBeforeStart, String email) {
        this.name = Check.text(name, 120, "The stakeholder's name");
        this.role = Check.text(role, 150, "The stakeholder's role");
        this.organisation = Check.optionalText(organisation, 200, "The stakeholder's organisation");
        this.mustBriefBeforeStart = mustBriefBeforeStart;
        this.email = Check.optionalEmail(email, "The email address of " + this.name);
        Check.that(this.email == null || mustBriefBeforeStart,
                "An email address is for sending a briefing: give one only for a stakeholder to brief before the start ("
                        + this.name + ").");
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public boolean isMustBriefBeforeStart() {
        return mustBriefBeforeStart;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public String toString() {
        return name + ", " + role + (organisation == null ? "" : ", " + organisation)
                + (mustBriefBeforeStart ? " (brief before start" + (email == null ? "" : ", " + email) + ")" : "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Stakeholder other && name.equals(other.name) && role.equals(other.role)
                && Objects.equals(organisation, other.organisation) && mustBriefBeforeStart == other.mustBriefBeforeStart
                && Objects.equals(email, other.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, role, organisation, mustBriefBeforeStart, email);
    }
}
