package uk.interimexchange.domain.model.scoping;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;

/**
 * The agreed scope of a need, co-written by the host and a coordinator. It holds every version; at most
 * one is being worked on (a draft or issued for sign-off) at a time.
 */
@Entity
@Table(name = "scoping_document")
public class ScopingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "need_id", unique = true)
    private Need need;

    @OneToMany(mappedBy = "document", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number ASC")
    private List<ScopingVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected ScopingDocument() {
    }

    /** Scoping starts once a coordinator has taken the need into scoping; version 1 starts as an empty draft. */
    public ScopingDocument(Need need) {
        this.need = Check.required(need, "The need");
        Check.that(need.getState() == NeedState.SCOPING, "A scoping document is started once a coordinator takes the need into scoping.");
        versions.add(new ScopingVersion(this, 1, null, ScopingContent.empty()));
    }

    public void reviseDraft(ScopingContent content) {
        draft().orElseThrow(() -> new BusinessRuleException(
                "There is no draft to edit: the current version is frozen. Make a change request to start a new version."))
                .revise(content);
    }

    public ScopingVersion issueForSignOff(Instant now) {
        ScopingVersion draft = draft().orElseThrow(() -> new BusinessRuleException("There is no draft to issue for sign-off."));
        draft.issue(now);
        return draft;
    }

    /**
     * Signs the version waiting for sign-off. The host sponsor signs for the host; any coordinator for the
     * programme. When both have signed, the version is agreed and any earlier agreed version superseded.
     */
    public ScopingVersion signOff(SignOffParty party, UserAccount signer, Instant now) {
        Check.required(party, "Who is signing");
        Check.required(signer, "The signer");
        ScopingVersion issued = issued().orElseThrow(() -> new BusinessRuleException("No version is waiting for sign-off."));
        if (party == SignOffParty.HOST_SPONSOR) {
            Check.that(signer.getId() != null && signer.getId().equals(need.getSponsor().getId()),
                    "Only the need's host sponsor, " + need.getSponsor().getFullName() + ", can sign for the host.");
        } else {
            Check.that(signer.hasRole(Role.COORDINATOR), "Only a programme coordinator can sign for the programme.");
        }
        Optional<ScopingVersion> previouslyAgreed = agreedVersion();
        issued.sign(party, signer.getId(), signer.getFullName(), now);
        if (issued.isAgreed()) {
            previouslyAgreed.ifPresent(ScopingVersion::supersede);
        }
        return issued;
    }

    /**
     * A change to an issued or agreed scope is never a quiet edit: it is a new version, with its reason,
     * that needs fresh sign-off. The earlier agreed version stays in force until the new one is agreed.
     */
    public ScopingVersion requestChange(String reason) {
        String why = Check.text(reason, 2000, "The reason for the change");
        Check.that(draft().isEmpty(), "A draft is already open: edit it instead of requesting another change.");
        issued().ifPresent(ScopingVersion::withdraw);
        ScopingVersion latest = latest();
        ScopingVersion next = new ScopingVersion(this, latest.getNumber() + 1, why, latest.content());
        versions.add(next);
        return next;
    }

    public Optional<ScopingVersion> agreedVersion() {
        return versions.stream().filter(ScopingVersion::isAgreed).max(Comparator.comparingInt(ScopingVersion::getNumber));
    }

    public Optional<ScopingVersion> draft() {
        return withStatus(ScopingVersionStatus.DRAFT);
    }

    public Optional<ScopingVersion> issued() {
        return withStatus(ScopingVersionStatus.ISSUED);
    }

    public ScopingVersion latest() {
        return versions.stream().max(Comparator.comparingInt(ScopingVersion::getNumber)).orElseThrow();
    }

    public Optional<ScopingVersion> versionNumber(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    private Optional<ScopingVersion> withStatus(ScopingVersionStatus status) {
        return versions.stream().filter(v -> v.getStatus() == status).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Need getNeed() {
        return need;
    }

    public List<ScopingVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }

    public long getVersion() {
        return version;
    }
}
