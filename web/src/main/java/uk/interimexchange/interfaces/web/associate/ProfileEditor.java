package uk.interimexchange.interfaces.web.associate;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.LineManager;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.interfaces.web.OrganisationChoices;
import uk.interimexchange.interfaces.web.PageSteps;

/**
 * An associate's profile (/account/profile.xhtml): what matching reads about them. Skills with levels and
 * availability windows are editable tables; blank lines are left out and the profile checks the rest.
 */
@Named
@RequestScoped
public class ProfileEditor {

    private static final int BLANK_SKILL_ROWS = 3;
    private static final int BLANK_AVAILABILITY_ROWS = 2;
    private static final String PAGE = "/account/profile.xhtml";

    @Inject
    AssociateService associates;

    @Inject
    ProfilePage page;

    @Inject
    SkillService skillService;

    @Inject
    OrganisationChoices organisationChoices;

    @Inject
    PageSteps steps;

    private Associate associate;
    private long loadedVersion;
    private List<Skill> taxonomy = List.of();

    private String phone;
    private String jobTitle;
    private Long employerId;
    private Band band;
    private String lineManagerName;
    private String lineManagerEmail;
    private String experienceSummary;
    private final List<SkillRow> skillRows = new ArrayList<>();
    private final List<AvailabilityRow> availabilityRows = new ArrayList<>();
    private Region[] regions = new Region[0];
    private boolean remoteSuits;
    private DayOfWeek[] weekdays = new DayOfWeek[0];
    private boolean consenting;

    @PostConstruct
    void load() {
        if (!page.exists()) {
            return;
        }
        taxonomy = skillService.taxonomy();
        associate = page.getProfile();
        if (associate != null) {
            loadedVersion = associate.getVersion();
            phone = associate.getPhone();
            jobTitle = associate.getJobTitle();
            employerId = associate.getEmployer() == null ? null : associate.getEmployer().getId();
            band = associate.getBand();
            if (associate.getLineManager() != null) {
                lineManagerName = associate.getLineManager().getName();
                lineManagerEmail = associate.getLineManager().getEmail();
            }
            experienceSummary = associate.getExperienceSummary();
            associate.getSkills().forEach(held -> skillRows.add(new SkillRow(held.getSkill().getId(), held.getLevel())));
            associate.getAvailability().forEach(w -> availabilityRows.add(new AvailabilityRow(w.getFrom(), w.getTo(), w.getDaysPerWeek())));
            regions = associate.getRegions().stream().sorted().toArray(Region[]::new);
            remoteSuits = associate.isRemoteSuits();
            weekdays = associate.getPreferredWeekdays().stream().sorted().toArray(DayOfWeek[]::new);
        }
        for (int i = 0; i < BLANK_SKILL_ROWS; i++) {
            skillRows.add(new SkillRow(null, SkillLevel.EXPERIENCED));
        }
        for (int i = 0; i < BLANK_AVAILABILITY_ROWS; i++) {
            availabilityRows.add(new AvailabilityRow(null, null, null));
        }
    }

    public void save() {
        steps.take("profile", null, () -> {
            ProfileDetails details = details();
            if (associate == null) {
                associates.createProfile(details, consenting);
            } else {
                associates.revise(associate.getId(), loadedVersion, details, consenting);
            }
            return PAGE;
        }, "Your profile is saved. Coordinators match needs to it from now on.");
    }

    private ProfileDetails details() {
        Map<Long, Skill> byId = taxonomy.stream().collect(Collectors.toMap(Skill::getId, Function.identity()));
        List<HeldSkill> held = new ArrayList<>();
        for (SkillRow row : skillRows) {
            if (row.skillId != null) {
                Skill skill = byId.get(row.skillId);
                if (skill == null) {
                    throw new BusinessRuleException("Choose skills from the list.");
                }
                held.add(new HeldSkill(skill, row.level));
            }
        }
        List<AvailabilityWindow> windows = availabilityRows.stream().filter(r -> !r.isBlank())
                .map(r -> new AvailabilityWindow(r.from, r.to, r.daysPerWeek)).toList();
        Organisation employer = employerId == null ? null : organisationChoices.active().stream()
                .filter(o -> o.getId().equals(employerId)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Choose your employer from the list."));
        boolean noManager = (lineManagerName == null || lineManagerName.isBlank()) && (lineManagerEmail == null || lineManagerEmail.isBlank());
        return new ProfileDetails(phone, jobTitle, employer, band, noManager ? null : new LineManager(lineManagerName, lineManagerEmail),
                experienceSummary, held, windows, new HashSet<>(Arrays.asList(regions)), remoteSuits,
                new HashSet<>(Arrays.asList(weekdays)));
    }

    /** A line of the skills table. */
    public static final class SkillRow {
        private Long skillId;
        private SkillLevel level;

        SkillRow(Long skillId, SkillLevel level) {
            this.skillId = skillId;
            this.level = level;
        }

        public Long getSkillId() {
            return skillId;
        }

        public void setSkillId(Long skillId) {
            this.skillId = skillId;
        }

        public SkillLevel getLevel() {
            return level;
        }

        public void setLevel(SkillLevel level) {
            this.level = level;
        }
    }

    /** A line of the availability table. */
    public static final class AvailabilityRow {
        private LocalDate from;
        private LocalDate to;
        private BigDecimal daysPerWeek;

        AvailabilityRow(LocalDate from, LocalDate to, BigDecimal daysPerWeek) {
            this.from = from;
            this.to = to;
            this.daysPerWeek = daysPerWeek;
        }

        boolean isBlank() {
            return from == null && to == null && daysPerWeek == null;
        }

        public LocalDate getFrom() {
            return from;
        }

        public void setFrom(LocalDate from) {
            this.from = from;
        }

        public LocalDate getTo() {
            return to;
        }

        public void setTo(LocalDate to) {
            this.to = to;
        }

        public BigDecimal getDaysPerWeek() {
            return daysPerWeek;
        }

        public void setDaysPerWeek(BigDecimal daysPerWeek) {
            this.daysPerWeek = daysPerWeek;
        }
    }

    public Associate getAssociate() {
        return associate;
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    /** Consent is asked for until it has been given; the profile records when. */
    public boolean isConsentAsked() {
        return associate == null || !associate.hasConsented();
    }

    public boolean isConsenting() {
        return consenting;
    }

    public void setConsenting(boolean consenting) {
        this.consenting = consenting;
    }

    public void setLoadedVersion(long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }

    public List<Skill> getTaxonomy() {
        return taxonomy;
    }

    public List<Organisation> getOrganisations() {
        return organisationChoices.active();
    }

    public List<Band> getBands() {
        return List.of(Band.values());
    }

    public List<SkillLevel> getSkillLevels() {
        return List.of(SkillLevel.values());
    }

    public List<Region> getAllRegions() {
        return List.of(Region.values());
    }

    public List<SkillRow> getSkillRows() {
        return skillRows;
    }

    public List<AvailabilityRow> getAvailabilityRows() {
        return availabilityRows;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Long getEmployerId() {
        return employerId;
    }

    public void setEmployerId(Long employerId) {
        this.employerId = employerId;
    }

    public Band getBand() {
        return band;
    }

    public void setBand(Band band) {
        this.band = band;
    }

    public String getLineManagerName() {
        return lineManagerName;
    }

    public void setLineManagerName(String lineManagerName) {
        this.lineManagerName = lineManagerName;
    }

    public String getLineManagerEmail() {
        return lineManagerEmail;
    }

    public void setLineManagerEmail(String lineManagerEmail) {
        this.lineManagerEmail = lineManagerEmail;
    }

    public String getExperienceSummary() {
        return experienceSummary;
    }

    public void setExperienceSummary(String experienceSummary) {
        this.experienceSummary = experienceSummary;
    }

    public Region[] getRegions() {
        return regions;
    }

    public void setRegions(Region[] regions) {
        this.regions = regions == null ? new Region[0] : regions;
    }

    public boolean isRemoteSuits() {
        return remoteSuits;
    }

    public void setRemoteSuits(boolean remoteSuits) {
        this.remoteSuits = remoteSuits;
    }

    public DayOfWeek[] getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(DayOfWeek[] weekdays) {
        this.weekdays = weekdays == null ? new DayOfWeek[0] : weekdays;
    }
}
