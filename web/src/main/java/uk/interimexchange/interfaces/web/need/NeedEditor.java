package uk.interimexchange.interfaces.web.need;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.application.NeedPageView;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.NeedStep;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.interfaces.web.FormMessages;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * A host writes a need a step at a time (/needs/edit.xhtml?id=42&amp;step=3). Every step is saved as it is left, so a
 * draft can be put down and picked up later; the last step shows what is still missing and sends it. The need
 * itself decides what may be saved part-written and what must be complete.
 */
@Named
@RequestScoped
public class NeedEditor {

    /** The steps, in order; a step's number is its place in this list, from 1. */
    public static final List<String> STEPS = List.of("About the need", "Skills", "Time and dates", "Where, funding and urgency",
            "Check and send");

    /** Blank skill rows offered after those already chosen: enough for most needs, more after saving. */
    private static final int BLANK_SKILL_ROWS = 3;

    @Inject
    NeedService needs;

    @Inject
    SkillService skillService;

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    @Inject
    FormMessages messages;

    private Long id;
    private Need need;
    private boolean found = true;
    private boolean sendable;
    private int step;
    private long loadedVersion;
    private List<Skill> taxonomy = List.of();
    private List<String> missing = List.of();

    private String title;
    private String background;
    private String problem;
    private final List<SkillRow> skillRows = new ArrayList<>();
    private Band minimumBand;
    private BigDecimal daysPerWeek;
    private Integer expectedWeeks;
    private LocalDate earliestStart;
    private LocalDate latestStart;
    private LocalDate applicationDeadline;
    private String site;
    private boolean remotePossible;
    private Funding funding;
    private Urgency urgency;
    private String hostNotes;

    /** One line of the skills table; a line with no skill chosen is left out. */
    public static final class SkillRow {

        private Long skillId;
        private Importance importance = Importance.ESSENTIAL;
        private SkillLevel minimumLevel = SkillLevel.EXPERIENCED;

        public Long getSkillId() {
            return skillId;
        }

        public void setSkillId(Long skillId) {
            this.skillId = skillId;
        }

        public Importance getImportance() {
            return importance;
        }

        public void setImportance(Importance importance) {
            this.importance = importance;
        }

        public SkillLevel getMinimumLevel() {
            return minimumLevel;
        }

        public void setMinimumLevel(SkillLevel minimumLevel) {
            this.minimumLevel = minimumLevel;
        }
    }

    @PostConstruct
    void load() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        String idParameter = parameters.get("id");
        step = Math.max(1, Math.min(STEPS.size(), (int) Math.min(Integer.MAX_VALUE, WebPages.number(parameters.get("step")))));
        if (idParameter == null || idParameter.isBlank()) {
            step = 1; // a new need starts at the beginning; it exists once the first step is saved
        } else {
            id = WebPages.number(idParameter);
            try {
                NeedPageView view = needs.page(id);
                need = view.need();
                found = view.can(NeedStep.EDIT);
                sendable = view.can(NeedStep.SUBMIT);
            } catch (NotFoundException | AccessDeniedException unknown) {
                found = false;
            }
        }
        if (need != null && found) {
            fillFrom(need.details());
            loadedVersion = need.getVersion();
            missing = need.missingForSubmission();
        }
        if (step == 2) {
            taxonomy = skillService.taxonomy();
            for (int i = 0; i < BLANK_SKILL_ROWS; i++) {
                skillRows.add(new SkillRow());
            }
        }
    }

    private void fillFrom(NeedDetails d) {
        title = d.title();
        background = d.background();
        problem = d.problem();
        for (RequiredSkill required : d.requiredSkills()) {
            SkillRow row = new SkillRow();
            row.skillId = required.getSkill().getId();
            row.importance = required.getImportance();
            row.minimumLevel = required.getMinimumLevel();
            skillRows.add(row);
        }
        minimumBand = d.minimumBand();
        daysPerWeek = d.daysPerWeek();
        expectedWeeks = d.expectedWeeks();
        earliestStart = d.earliestStart();
        latestStart = d.latestStart();
        applicationDeadline = d.applicationDeadline();
        site = d.site();
        remotePossible = d.remotePossible();
        funding = d.funding();
        urgency = d.urgency();
        hostNotes = d.hostNotes();
    }

    /** The view action: a need the caller may not edit, or no longer can, is answered as not found. */
    public void requireEditable() {
        if (!found) {
            WebPages.notFound(faces);
        }
    }

    /** Saves this step and shows the next. */
    public void saveAndContinue() {
        save(true);
    }

    /** Saves this step and goes back to the need, to carry on another time. */
    public void saveAndReturn() {
        save(false);
    }

    private void save(boolean onwards) {
        NeedDetails details;
        try {
            details = details();
        } catch (IllegalArgumentException unknownSkill) {
            messages.error("need:skill-rows:0:skill", "Choose skills from the list.");
            return;
        }
        if (step == 2 && details.requiredSkills().stream().noneMatch(RequiredSkill::isEssential)) {
            messages.error("need:skill-rows:0:skill", "Choose at least one essential skill.");
            return;
        }
        Organisation organisation = id == null ? accounts.mine().getOrganisation() : null;
        if (id == null && organisation == null) {
            messages.error(null, "Only a host contact posts a new need, for the organisation they act for.");
            return;
        }
        steps.take("need", null, () -> {
            Need saved = id == null ? needs.post(organisation.getId(), details) : needs.revise(id, loadedVersion, details);
            return onwards ? "/needs/edit.xhtml?id=" + saved.getId() + "&step=" + (step + 1) : "/needs/" + saved.getId();
        }, onwards ? "Saved." : "Your changes are saved. You can come back to this need at any time.");
    }

    /** The last step: the draft goes to the programme team. */
    public void send() {
        steps.take("need", null, () -> "/needs/" + needs.submit(id).getId(),
                "You sent the need to the programme team. A coordinator will review it.");
    }

    private NeedDetails details() {
        Map<Long, Skill> byId = (step == 2 ? taxonomy : skillService.taxonomy()).stream()
                .collect(Collectors.toMap(Skill::getId, Function.identity()));
        List<RequiredSkill> required = new ArrayList<>();
        for (SkillRow row : skillRows) {
            if (row.skillId != null) {
                Skill skill = byId.get(row.skillId);
                if (skill == null) {
                    throw new IllegalArgumentException("no such skill");
                }
                required.add(new RequiredSkill(skill, row.importance, row.minimumLevel));
            }
        }
        return new NeedDetails(title, background, problem, required, minimumBand, daysPerWeek, expectedWeeks, earliestStart,
                latestStart, site, remotePossible, funding, urgency, applicationDeadline, hostNotes);
    }

    public String stepName(int number) {
        return STEPS.get(number - 1);
    }

    public List<String> getSteps() {
        return STEPS;
    }

    /** Complete, and the caller may send it: the last step offers to send it to the programme team. */
    public boolean isSendable() {
        return sendable;
    }

    public Long getId() {
        return id;
    }

    public Need getNeed() {
        return need;
    }

    public int getStep() {
        return step;
    }

    public boolean isLastStep() {
        return step == STEPS.size();
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    public void setLoadedVersion(long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }

    public List<String> getMissing() {
        return missing;
    }

    public List<Skill> getTaxonomy() {
        return taxonomy;
    }

    public List<SkillRow> getSkillRows() {
        return skillRows;
    }

    public List<Importance> getImportances() {
        return List.of(Importance.values());
    }

    public List<SkillLevel> getSkillLevels() {
        return List.of(SkillLevel.values());
    }

    public List<Band> getBands() {
        return List.of(Band.values());
    }

    public List<Funding> getFundings() {
        return List.of(Funding.values());
    }

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public Band getMinimumBand() {
        return minimumBand;
    }

    public void setMinimumBand(Band minimumBand) {
        this.minimumBand = minimumBand;
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    public void setDaysPerWeek(BigDecimal daysPerWeek) {
        this.daysPerWeek = daysPerWeek;
    }

    public Integer getExpectedWeeks() {
        return expectedWeeks;
    }

    public void setExpectedWeeks(Integer expectedWeeks) {
        this.expectedWeeks = expectedWeeks;
    }

    public LocalDate getEarliestStart() {
        return earliestStart;
    }

    public void setEarliestStart(LocalDate earliestStart) {
        this.earliestStart = earliestStart;
    }

    public LocalDate getLatestStart() {
        return latestStart;
    }

    public void setLatestStart(LocalDate latestStart) {
        this.latestStart = latestStart;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public boolean isRemotePossible() {
        return remotePossible;
    }

    public void setRemotePossible(boolean remotePossible) {
        this.remotePossible = remotePossible;
    }

    public Funding getFunding() {
        return funding;
    }

    public void setFunding(Funding funding) {
        this.funding = funding;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getHostNotes() {
        return hostNotes;
    }

    public void setHostNotes(String hostNotes) {
        this.hostNotes = hostNotes;
    }
}
