package uk.interimexchange.domain.model.scoping;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;

/**
 * One numbered version of a scoping document. Only a draft can change; once issued for sign-off its
 * content is frozen, and a later change is a new version made by a change request.
 */
@Entity
@Table(name = "scoping_version")
public class ScopingVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "document_id")
    private ScopingDocument document;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScopingVersionStatus status;

    /** Why this version was made, for every version after the first. */
    @Column(name = "change_reason", length = 2000)
    private String changeReason;

    @ElementCollection
    @CollectionTable(name = "scoping_objective", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Objective> objectives = new ArrayList<>();

    @Column(name = "in_scope", length = 4000)
    private String inScope;

    @Column(name = "out_of_scope", length = 4000)
    private String outOfScope;

    @ElementCollection
    @CollectionTable(name = "scoping_deliverable", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Deliverable> deliverables = new ArrayList<>();

    @Column(name = "success_measures", length = 4000)
    private String successMeasures;

    @ElementCollection
    @CollectionTable(name = "scoping_stakeholder", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Stakeholder> stakeholders = new ArrayList<>();

    @Column(length = 4000)
    private String governance;

    @Column(length = 4000)
    private String risks;

    @Embedded
    private WorkingArrangements workingArrangements;

    @Column(length = 4000)
    private String confidentiality;

    @ElementCollection
    @CollectionTable(name = "scoping_sign_off", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<ScopingSignOff> signOffs = new ArrayList<>();

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    protected ScopingVersion() {
    }

    ScopingVersion(ScopingDocument document, int number, String changeReason, ScopingContent content) {
        this.document = document;
        this.number = number;
        this.changeReason = changeReason;
        this.status = ScopingVersionStatus.DRAFT;
        write(content);
    }

    void revise(ScopingContent content) {
        Check.that(status == ScopingVersionStatus.DRAFT,
                "Version " + number + " has been issued for sign-off and cannot be changed. Make a change request instead.");
        write(content);
    }

    private void write(ScopingContent c) {
        Check.required(c, "The scoping content");
        String newInScope = Check.optionalText(c.inScope(), 4000, "In scope");
        String newOutOfScope = Check.optionalText(c.outOfScope(), 4000, "Out of scope");
        String newSuccess = Check.optionalText(c.successMeasures(), 4000, "Success measures");
        String newGovernance = Check.optionalText(c.governance(), 4000, "Governance and reporting");
        String newRisks = Check.optionalText(c.risks(), 4000, "Risks and dependencies");
        String newConfidentiality = Check.optionalText(c.confidentiality(), 4000, "Confidentiality");
        Check.that(c.stakeholders().stream().map(Stakeholder::getName).distinct().count() == c.stakeholders().size(),
                "Each stakeholder can be listed only once.");
        objectives.clear();
        objectives.addAll(c.objectives());
        inScope = newInScope;
        outOfScope = newOutOfScope;
        deliverables.clear();
        deliverables.addAll(c.deliverables());
        successMeasures = newSuccess;
        stakeholders.clear();
        stakeholders.addAll(c.stakeholders());
        governance = newGovernance;
        risks = newRisks;
        workingArrangements = c.workingArrangements();
        confidentiality = newConfidentiality;
    }

    /** Scope first: what is out of scope must be written down as explicitly as what is in. */
    void issue(Instant now) {
        Check.that(status == ScopingVersionStatus.DRAFT, "Only a draft can be issued for sign-off.");
        List<String> missing = new ArrayList<>();
        if (objectives.isEmpty()) {
            missing.add("at least one measurable objective");
        }
        if (inScope == null) {
            missing.add("what is in scope");
        }
        if (outOfScope == null) {
            missing.add("what is out of scope");
        }
        if (deliverables.isEmpty()) {
            missing.add("at least one deliverable");
        }
        if (successMeasures == null) {
            missing.add("success measures");
        }
        if (stakeholders.isEmpty()) {
            missing.add("at least one stakeholder");
        }
        if (workingArrangements == null) {
            missing.add("working arrangements");
        }
        if (!missing.isEmpty()) {
            throw new BusinessRuleException("Before version " + number + " can be issued for sign-off, add "
                    + String.join(", ", missing) + ".");
        }
        status = ScopingVersionStatus.ISSUED;
        issuedAt = now;
    }

    void sign(SignOffParty party, Long accountId, String name, Instant now) {
        Check.that(status == ScopingVersionStatus.ISSUED,
                "Only a version issued for sign-off can be signed; version " + number + " is " + status.getLabel().toLowerCase() + ".");
        Check.that(signatureOf(party).isEmpty(), "Version " + number + " has already been signed by the " + party.getLabel().toLowerCase() + ".");
        signOffs.add(new ScopingSignOff(party, accountId, name, now));
        if (signatureOf(SignOffParty.HOST_SPONSOR).isPresent() && signatureOf(SignOffParty.COORDINATOR).isPresent()) {
            status = ScopingVersionStatus.AGREED;
            agreedAt = now;
        }
    }

    void supersede() {
        status = ScopingVersionStatus.SUPERSEDED;
    }

    void withdraw() {
        status = ScopingVersionStatus.WITHDRAWN;
    }

    public Optional<ScopingSignOff> signatureOf(SignOffParty party) {
        return signOffs.stream().filter(s -> s.getParty() == party).findFirst();
    }

    public ScopingContent content() {
        return new ScopingContent(objectives, inScope, outOfScope, deliverables, successMeasures, stakeholders,
                governance, risks, workingArrangements, confidentiality);
    }

    /** The sections that differ from {@code earlier}, in document order. */
    public List<SectionChange> differencesFrom(ScopingVersion earlier) {
        Map<String, String> before = earlier.content().sections();
        List<SectionChange> changes = new ArrayList<>();
        content().sections().forEach((section, after) -> {
            String was = before.get(section);
            if (!after.equals(was)) {
                changes.add(new SectionChange(section, was, after));
            }
        });
        return changes;
    }

    public List<Stakeholder> stakeholdersToBrief() {
        return stakeholders.stream().filter(Stakeholder::isMustBriefBeforeStart).toList();
    }

    public boolean isAgreed() {
        return status == ScopingVersionStatus.AGREED;
    }

    public Long getId() {
        return id;
    }

    public ScopingDocument getDocument() {
        return document;
    }

    public int getNumber() {
        return number;
    }

    public ScopingVersionStatus getStatus() {
        return status;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public List<Objective> getObjectives() {
        return Collections.unmodifiableList(objectives);
    }

    public String getInScope() {
        return inScope;
    }

    public String getOutOfScope() {
        return outOfScope;
    }

    public List<Deliverable> getDeliverables() {
        return Collections.unmodifiableList(deliverables);
    }

    public String getSuccessMeasures() {
        return successMeasures;
    }

    public List<Stakeholder> getStakeholders() {
        return Collections.unmodifiableList(stakeholders);
    }

    public String getGovernance() {
        return governance;
    }

    public String getRisks() {
        return risks;
    }

    public WorkingArrangements getWorkingArrangements() {
        return workingArrangements;
    }

    public String getConfidentiality() {
        return confidentiality;
    }

    public List<ScopingSignOff> getSignOffs() {
        return Collections.unmodifiableList(signOffs);
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public Instant getAgreedAt() {
        return agreedAt;
    }
}
