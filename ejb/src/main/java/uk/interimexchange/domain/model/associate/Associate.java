package uk.interimexchange.domain.model.associate;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.skill.Skill;

/** An NHS manager in the talent pool, with the profile coordinators match against. */
@Entity
@Table(name = "associate")
public class Associate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", unique = true)
    private UserAccount account;

    @Column(length = 30)
    private String phone;

    @Column(name = "job_title", length = 150)
    private String jobTitle;

    @ManyToOne
    @JoinColumn(name = "employer_id")
    private Organisation employer;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Band band;

    @Embedded
    private LineManager lineManager;

    @Column(name = "experience_summary", length = 4000)
    private String experienceSummary;

    @ElementCollection
    @CollectionTable(name = "associate_skill", joinColumns = @JoinColumn(name = "associate_id"))
    @OrderColumn(name = "position")
    private List<HeldSkill> skills = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "associate_availability", joinColumns = @JoinColumn(name = "associate_id"))
    @OrderColumn(name = "position")
    private List<AvailabilityWindow> availability = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "associate_region", joinColumns = @JoinColumn(name = "associate_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "region", nullable = false, length = 40)
    private Set<Region> regions = new HashSet<>();

    @Column(name = "remote_suits", nullable = false)
    private boolean remoteSuits;

    @ElementCollection
    @CollectionTable(name = "associate_weekday", joinColumns = @JoinColumn(name = "associate_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "weekday", nullable = false, length = 10)
    private Set<DayOfWeek> preferredWeekdays = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssociateStatus status;

    /** UK GDPR: when the associate consented to their data being processed; null until they do. */
    @Column(name = "consent_given_at")
    private Instant consentGivenAt;

    @Version
    private long version;

    protected Associate() {
    }

    /** A profile is a draft until its owner completes it, with their consent. */
    public static Associate draft(UserAccount account) {
        Associate associate = new Associate();
        associate.account = Check.required(account, "The account");
        Check.that(account.hasRole(Role.ASSOCIATE), "Only an account with the associate role can hold a profile.");
        associate.status = AssociateStatus.DRAFT;
        return associate;
    }

    /**
     * Someone a coordinator invited with a cohort: a draft that already holds what the programme knows of them, which
     * they check and complete, giving their consent, once they have chosen their password.
     */
    public static Associate invited(UserAccount account, String jobTitle, Organisation employer, Band band, List<HeldSkill> skills) {
        Associate associate = draft(account);
        associate.jobTitle = Check.optionalText(jobTitle, 150, "The job title");
        associate.employer = Check.required(employer, "The employer");
        associate.band = Check.required(band, "The band");
        Check.that(skills.stream().map(HeldSkill::getSkill).distinct().count() == skills.size(), "Each skill can be listed only once.");
        associate.skills.addAll(skills);
        return associate;
    }

    /**
     * Saves the profile. Completing it (a draft becoming active) needs the associate's consent to their details
     * being processed for matching (UK GDPR), recorded with its time; {@code consenting} gives it now.
     */
    public void revise(ProfileDetails details, boolean consenting, Instant now) {
        Check.required(details, "The profile");
        Check.that(status != AssociateStatus.WITHDRAWN, "A withdrawn profile cannot be changed.");
        Check.that(consenting || consentGivenAt != null || status != AssociateStatus.DRAFT,
                "To join the talent pool, agree that the programme may use your details to match you to assignments.");
        this.phone = Check.optionalText(details.phone(), 30, "The phone number");
        this.jobTitle = Check.text(details.jobTitle(), 150, "The job title");
        this.employer = Check.required(details.employer(), "The employer");
        this.band = Check.required(details.band(), "The band");
        this.lineManager = Check.required(details.lineManager(), "The line manager");
        this.experienceSummary = Check.optionalText(details.experienceSummary(), 4000, "The summary of experience");
        List<HeldSkill> newSkills = details.skills() == null ? List.of() : details.skills();
        Check.that(newSkills.stream().map(HeldSkill::getSkill).distinct().count() == newSkills.size(),
                "Each skill can be listed only once.");
        this.skills.clear();
        this.skills.addAll(newSkills);
        this.availability.clear();
        if (details.availability() != null) {
            this.availability.addAll(details.availability());
        }
        this.regions.clear();
        if (details.regions() != null) {
            this.regions.addAll(details.regions());
        }
        Check.that(!regions.isEmpty() || details.remoteSuits(),
                "Choose at least one region you could travel to, or say that remote work suits you.");
        this.remoteSuits = details.remoteSuits();
        this.preferredWeekdays.clear();
        if (details.preferredWeekdays() != null) {
            this.preferredWeekdays.addAll(details.preferredWeekdays());
        }
        if (consenting && consentGivenAt == null) {
            giveConsent(now);
        }
        if (status == AssociateStatus.DRAFT) {
            status = AssociateStatus.ACTIVE; // every required part is now there, and consent with it
        }
    }

    public void giveConsent(Instant at) {
        this.consentGivenAt = Check.required(at, "The time of consent");
    }

    /** Matching and invitations leave out anyone who has not consented to their details being used. */
    public boolean hasConsented() {
        return consentGivenAt != null;
    }

    public boolean isPausable() {
        return status == AssociateStatus.ACTIVE;
    }

    public boolean isResumable() {
        return status == AssociateStatus.PAUSED;
    }

    public boolean isWithdrawable() {
        return status != AssociateStatus.WITHDRAWN;
    }

    public void pause() {
        Check.that(isPausable(), "Only an active profile can be paused.");
        status = AssociateStatus.PAUSED;
    }

    public void resume() {
        Check.that(isResumable(), "Only a paused profile can be made active again.");
        status = AssociateStatus.ACTIVE;
    }

    public void withdraw() {
        Check.that(isWithdrawable(), "This profile is already withdrawn.");
        status = AssociateStatus.WITHDRAWN;
    }

    public boolean isAvailableToApply() {
        return status == AssociateStatus.ACTIVE;
    }

    public boolean worksFor(Organisation organisation) {
        return employer != null && organisation != null && employer.getId() != null
                && employer.getId().equals(organisation.getId());
    }

    public boolean hasAvailabilityBetween(LocalDate start, LocalDate end) {
        return availability.stream().anyMatch(w -> w.overlaps(start, end));
    }

    public boolean holds(Skill skill) {
        return skills.stream().anyMatch(s -> s.getSkill().equals(skill));
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getFullName() {
        return account.getFullName();
    }

    public String getEmail() {
        return account.getEmail();
    }

    public String getPhone() {
        return phone;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Organisation getEmployer() {
        return employer;
    }

    public Band getBand() {
        return band;
    }

    public LineManager getLineManager() {
        return lineManager;
    }

    public String getExperienceSummary() {
        return experienceSummary;
    }

    public List<HeldSkill> getSkills() {
        return Collections.unmodifiableList(skills);
    }

    public List<AvailabilityWindow> getAvailability() {
        return Collections.unmodifiableList(availability);
    }

    public Set<Region> getRegions() {
        return regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(regions));
    }

    public boolean isRemoteSuits() {
        return remoteSuits;
    }

    public Set<DayOfWeek> getPreferredWeekdays() {
        return preferredWeekdays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(preferredWeekdays));
    }

    public AssociateStatus getStatus() {
        return status;
    }

    public Instant getConsentGivenAt() {
        return consentGivenAt;
    }

    public long getVersion() {
        return version;
    }
}
