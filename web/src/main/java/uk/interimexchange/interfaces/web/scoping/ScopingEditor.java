package uk.interimexchange.interfaces.web.scoping;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.ScopingPageView;
import uk.interimexchange.application.ScopingService;
import uk.interimexchange.application.ScopingStep;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.Deliverable;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.SectionChange;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.domain.model.scoping.WorkingArrangements;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * A need's scoping document (/needs/scope.xhtml?need=42): the host and a coordinator write the draft section by
 * section, issue it for sign-off, sign it, and ask for a change once it is frozen. Every rule is the document's;
 * the page offers only the steps open to the person looking.
 */
@Named
@RequestScoped
public class ScopingEditor {

    private static final int BLANK_OBJECTIVES = 2;
    private static final int BLANK_DELIVERABLES = 2;
    private static final int BLANK_STAKEHOLDERS = 3;

    @Inject
    ScopingService scoping;


    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private long needId;
    private ScopingDocument document;
    private Need need;
    private ScopingVersion draft;
    private ScopingVersion issued;
    private ScopingVersion agreed;
    private long loadedVersion;
    private boolean signableAsHost;
    private boolean signableAsCoordinator;
    private boolean changeable;
    private String changeReason;
    private int compareFrom;
    private int compareTo;
    private List<SectionChange> differences;

    private final List<ObjectiveRow> objectives = new ArrayList<>();
    private String inScope;
    private String outOfScope;
    private final List<DeliverableRow> deliverables = new ArrayList<>();
    private String successMeasures;
    private final List<StakeholderRow> stakeholders = new ArrayList<>();
    private String governance;
    private String risks;
    private BigDecimal daysPerWeek;
    private DayOfWeek weekday;
    private String site;
    private String hostContact;
    private String firstDayPlan;
    private String confidentiality;
    private boolean publishable;

    @PostConstruct
    void load() {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        needId = WebPages.number(parameters.get("need"));
        ScopingPageView view;
        try {
            view = scoping.page(needId);
        } catch (NotFoundException | AccessDeniedException unknown) {
            return; // requireDocument answers 404
        }
        document = view.document();
        need = document.getNeed();
        loadedVersion = document.getVersion();
        draft = document.draft().orElse(null);
        issued = document.issued().orElse(null);
        agreed = document.agreedVersion().orElse(null);
        fillFrom(draft == null ? document.latest().content() : draft.content());
        signableAsHost = view.can(ScopingStep.SIGN_AS_HOST);
        signableAsCoordinator = view.can(ScopingStep.SIGN_AS_COORDINATOR);
        changeable = view.can(ScopingStep.PROPOSE_CHANGE);
        publishable = view.can(ScopingStep.PUBLISH);
        compareTo = (int) WebPages.number(parameters.get("to"));
        compareFrom = (int) WebPages.number(parameters.get("from"));
        if (compareFrom > 0 && compareTo > 0 && compareFrom != compareTo) {
            try {
                differences = scoping.differences(needId, compareFrom, compareTo);
            } catch (NotFoundException noSuchVersion) {
                differences = null;
            }
        }
    }

    private void fillFrom(ScopingContent content) {
        content.objectives().forEach(o -> objectives.add(new ObjectiveRow(o.getDescription(), o.getMeasure())));
        content.deliverables().forEach(d -> deliverables.add(new DeliverableRow(d.getName(), d.getDescription(), d.getDueWeek())));
        content.stakeholders().forEach(s -> stakeholders.add(
                new StakeholderRow(s.getName(), s.getRole(), s.getOrganisation(), s.isMustBriefBeforeStart(), s.getEmail())));
        if (draft != null) {
            addBlank(objectives, BLANK_OBJECTIVES, () -> new ObjectiveRow(null, null));
            addBlank(deliverables, BLANK_DELIVERABLES, () -> new DeliverableRow(null, null, null));
            addBlank(stakeholders, BLANK_STAKEHOLDERS, () -> new StakeholderRow(null, null, null, false, null));
        }
        inScope = content.inScope();
        outOfScope = content.outOfScope();
        successMeasures = content.successMeasures();
        governance = content.governance();
        risks = content.risks();
        confidentiality = content.confidentiality();
        WorkingArrangements arrangements = content.workingArrangements();
        if (arrangements != null) {
            daysPerWeek = arrangements.getDaysPerWeek();
            weekday = arrangements.getWeekday();
            site = arrangements.getSite();
            hostContact = arrangements.getHostContact();
            firstDayPlan = arrangements.getFirstDayPlan();
        }
    }

    private static <T> void addBlank(List<T> rows, int count, Supplier<T> blank) {
        for (int i = 0; i < count; i++) {
            rows.add(blank.get());
        }
    }

    /** The view action: the same 404 for a need that does not exist, has no scoping yet, or is not the caller's. */
    public void requireDocument() {
        if (document == null) {
            WebPages.notFound(faces);
        }
    }

    public void saveDraft() {
        steps.take("scoping document", null, () -> {
            scoping.reviseDraft(needId, loadedVersion, content());
            return here();
        }, "The draft is saved.");
    }

    public void issueForSignOff() {
        steps.take("scoping document", "issue:issue", () -> {
            scoping.issueForSignOff(needId);
            return here();
        }, "Version " + (draft == null ? "" : draft.getNumber()) + " is frozen and waiting for the host sponsor and a coordinator to sign it.");
    }

    public void signAsHost() {
        sign(SignOffParty.HOST_SPONSOR);
    }

    public void signAsCoordinator() {
        sign(SignOffParty.COORDINATOR);
    }

    private void sign(SignOffParty party) {
        steps.take("scoping document", "sign:sign", () -> {
            scoping.signOff(needId, party);
            return here();
        }, "You signed the scope for " + (party == SignOffParty.HOST_SPONSOR ? "the host." : "the programme."));
    }

    public void requestChange() {
        steps.take("scoping document", "change:reason", () -> {
            scoping.requestChange(needId, changeReason);
            return here();
        }, "A new draft version is open for the change. It needs fresh sign-off once issued.");
    }

    private String here() {
        return "/needs/scope.xhtml?need=" + needId;
    }

    /** The sections as written; blank table lines are left out, and the domain checks what remains. */
    private ScopingContent content() {
        List<Objective> writtenObjectives = objectives.stream().filter(r -> !r.isBlank())
                .map(r -> new Objective(r.description, r.measure)).toList();
        List<Deliverable> writtenDeliverables = deliverables.stream().filter(r -> !r.isBlank())
                .map(r -> new Deliverable(r.name, r.description, r.dueWeek == null ? 0 : r.dueWeek)).toList();
        List<Stakeholder> writtenStakeholders = stakeholders.stream().filter(r -> !r.isBlank())
                .map(r -> new Stakeholder(r.name, r.role, r.organisation, r.mustBrief, r.email)).toList();
        boolean noArrangements = daysPerWeek == null && weekday == null && blank(site) && blank(hostContact) && blank(firstDayPlan);
        WorkingArrangements arrangements = noArrangements ? null
                : new WorkingArrangements(daysPerWeek, weekday, site, hostContact, firstDayPlan);
        return new ScopingContent(writtenObjectives, inScope, outOfScope, writtenDeliverables, successMeasures, writtenStakeholders,
                governance, risks, arrangements, confidentiality);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A line of the objectives table. */
    public static final class ObjectiveRow {
        private String description;
        private String measure;

        ObjectiveRow(String description, String measure) {
            this.description = description;
            this.measure = measure;
        }

        boolean isBlank() {
            return blank(description) && blank(measure);
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getMeasure() {
            return measure;
        }

        public void setMeasure(String measure) {
            this.measure = measure;
        }
    }

    /** A line of the deliverables table. */
    public static final class DeliverableRow {
        private String name;
        private String description;
        private Integer dueWeek;

        DeliverableRow(String name, String description, Integer dueWeek) {
            this.name = name;
            this.description = description;
            this.dueWeek = dueWeek;
        }

        boolean isBlank() {
            return blank(name) && blank(description) && dueWeek == null;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getDueWeek() {
            return dueWeek;
        }

        public void setDueWeek(Integer dueWeek) {
            this.dueWeek = dueWeek;
        }
    }

    /** A line of the stakeholders table. */
    public static final class StakeholderRow {
        private String name;
        private String role;
        private String organisation;
        private boolean mustBrief;
        private String email;

        StakeholderRow(String name, String role, String organisation, boolean mustBrief, String email) {
            this.name = name;
            this.role = role;
            this.organisation = organisation;
            this.mustBrief = mustBrief;
            this.email = email;
        }

        boolean isBlank() {
            return blank(name) && blank(role) && blank(organisation) && blank(email);
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public boolean isMustBrief() {
            return mustBrief;
        }

        public void setMustBrief(boolean mustBrief) {
            this.mustBrief = mustBrief;
        }
    }

    public long getNeedId() {
        return needId;
    }

    public Need getNeed() {
        return need;
    }

    public ScopingDocument getDocument() {
        return document;
    }

    public ScopingVersion getDraft() {
        return draft;
    }

    public ScopingVersion getIssued() {
        return issued;
    }

    public ScopingVersion getAgreed() {
        return agreed;
    }

    public long getLoadedVersion() {
        return loadedVersion;
    }

    public void setLoadedVersion(long loadedVersion) {
        this.loadedVersion = loadedVersion;
    }

    public boolean isSignableAsHost() {
        return signableAsHost;
    }

    public boolean isSignableAsCoordinator() {
        return signableAsCoordinator;
    }

    /** A coordinator goes on to publish the need once its scope is agreed. */
    public boolean isPublishable() {
        return publishable;
    }

    public boolean isChangeable() {
        return changeable;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public int getCompareFrom() {
        return compareFrom;
    }

    public int getCompareTo() {
        return compareTo;
    }

    public List<SectionChange> getDifferences() {
        return differences;
    }

    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public List<DeliverableRow> getDeliverables() {
        return deliverables;
    }

    public List<StakeholderRow> getStakeholders() {
        return stakeholders;
    }

    public String getInScope() {
        return inScope;
    }

    public void setInScope(String inScope) {
        this.inScope = inScope;
    }

    public String getOutOfScope() {
        return outOfScope;
    }

    public void setOutOfScope(String outOfScope) {
        this.outOfScope = outOfScope;
    }

    public String getSuccessMeasures() {
        return successMeasures;
    }

    public void setSuccessMeasures(String successMeasures) {
        this.successMeasures = successMeasures;
    }

    public String getGovernance() {
        return governance;
    }

    public void setGovernance(String governance) {
        this.governance = governance;
    }

    public String getRisks() {
        return risks;
    }

    public void setRisks(String risks) {
        this.risks = risks;
    }

    public BigDecimal getDaysPerWeek() {
        return daysPerWeek;
    }

    public void setDaysPerWeek(BigDecimal daysPerWeek) {
        this.daysPerWeek = daysPerWeek;
    }

    public DayOfWeek getWeekday() {
        return weekday;
    }

    public void setWeekday(DayOfWeek weekday) {
        this.weekday = weekday;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site;
    }

    public String getHostContact() {
        return hostContact;
    }

    public void setHostContact(String hostContact) {
        this.hostContact = hostContact;
    }

    public String getFirstDayPlan() {
        return firstDayPlan;
    }

    public void setFirstDayPlan(String firstDayPlan) {
        this.firstDayPlan = firstDayPlan;
    }

    public String getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(String confidentiality) {
        this.confidentiality = confidentiality;
    }
}
