package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.ScopingPageView;
import uk.interimexchange.application.ScopingService;
import uk.interimexchange.application.ScopingStep;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.ScopingVersionStatus;
import uk.interimexchange.domain.model.scoping.SectionChange;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.application.port.PdfDocuments;

@Stateless
public class DefaultScopingService implements ScopingService {

    static final String ENTITY = "ScopingDocument";

    @Inject
    ScopingDocumentRepository documents;

    @Inject
    NeedRepository needs;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Inject
    PlacementRepository placements;

    @Inject
    PdfDocuments pdfs;

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public ScopingDocument documentFor(long needId) {
        return load(needId);
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public ScopingPageView page(long needId) {
        Actor actor = currentUser.actor();
        ScopingDocument document = load(needId);
        Need need = document.getNeed();
        boolean coordinator = actor.has(Role.COORDINATOR);
        Set<ScopingStep> steps = EnumSet.noneOf(ScopingStep.class);
        document.issued().ifPresent(issued -> {
            if (issued.signatureOf(SignOffParty.HOST_SPONSOR).isEmpty() && need.getSponsor().getId().equals(actor.accountId())) {
                steps.add(ScopingStep.SIGN_AS_HOST);
            }
            if (issued.signatureOf(SignOffParty.COORDINATOR).isEmpty() && coordinator) {
                steps.add(ScopingStep.SIGN_AS_COORDINATOR);
            }
        });
        if (document.draft().isEmpty() && (need.getState() == NeedState.SCOPING || need.isRecruiting())) {
            steps.add(ScopingStep.PROPOSE_CHANGE);
        }
        if (coordinator && need.getState() == NeedState.SCOPING && document.agreedVersion().isPresent()) {
            steps.add(ScopingStep.PUBLISH);
        }
        return new ScopingPageView(document, steps);
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public ScopingDocument reviseDraft(long needId, long loadedVersion, ScopingContent content) {
        ScopingDocument doc = load(needId);
        if (doc.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("scoping document");
        }
        doc.reviseDraft(content);
        documents.changing(doc);
        transitions.record("scoping document", ENTITY, doc.getId(), "draft revised", null, null, "Version " + doc.latest().getNumber());
        return doc;
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public ScopingVersion issueForSignOff(long needId) {
        ScopingDocument doc = load(needId);
        ScopingVersion issued = doc.issueForSignOff(clock.instant());
        documents.changing(doc);
        transitions.record("scoping document", ENTITY, doc.getId(), "issued for sign-off", ScopingVersionStatus.DRAFT, issued.getStatus(),
                "Version " + issued.getNumber());
        notifier.aboutScope(doc.getNeed(), "version " + issued.getNumber() + " issued for sign-off", List.of());
        return issued;
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public ScopingVersion signOff(long needId, SignOffParty party) {
        ScopingDocument doc = load(needId);
        UserAccount signer = callers.account(currentUser.actor());
        ScopingVersion version = doc.signOff(party, signer, clock.instant());
        documents.changing(doc);
        transitions.record("scoping document", ENTITY, doc.getId(), "signed by " + party.getLabel().toLowerCase(), ScopingVersionStatus.ISSUED,
                version.getStatus(), "Version " + version.getNumber());
        notifier.aboutScope(doc.getNeed(), "version " + version.getNumber() + (version.isAgreed() ? " agreed" : " signed by the "
                + party.getLabel().toLowerCase()), List.of()); // an associate placed hears of an agreed change on their placement
        if (version.isAgreed()) {
            placements.liveForNeed(needId).stream().filter(p -> p.getScopingVersion().getNumber() < version.getNumber()).forEach(p -> moveOnto(p, version));
        }
        return version;
    }

    /** A version agreed while a placement runs reaches it: the placement moves to it and the associate acknowledges it. */
    private void moveOnto(Placement placement, ScopingVersion agreed) {
        int was = placement.getScopingVersion().getNumber();
        placement.moveToScope(agreed);
        transitions.record("placement", DefaultPlacementService.ENTITY, placement.getId(), "moved to scope version " + agreed.getNumber(),
                placement.getState(), placement.getState(), "From version " + was + ": " + agreed.getChangeReason());
        notifier.aboutPlacement(placement, "now on version " + agreed.getNumber() + " of the scope"
                + (placement.isScopeAwaitingAcknowledgement() ? ", for the associate to acknowledge" : ""), true);
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public ScopingVersion requestChange(long needId, String reason) {
        ScopingDocument doc = load(needId);
        ScopingVersion next = doc.requestChange(reason);
        documents.store(doc);
        documents.changing(doc);
        transitions.record("scoping document", ENTITY, doc.getId(), "change requested", null, next.getStatus(), reason);
        notifier.aboutScope(doc.getNeed(), "change requested for version " + next.getNumber() + " (“" + next.getChangeReason() + "”)",
                placements.liveForNeed(needId));
        return next;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public ScopingVersion agreedScope(long needId) {
        Need need = Guard.visible(currentUser.actor(), needs.find(needId).orElseThrow(() -> new NotFoundException("need")));
        return documents.findByNeed(need.getId()).flatMap(ScopingDocument::agreedVersion)
                .orElseThrow(() -> new NotFoundException("agreed scope"));
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public List<SectionChange> differences(long needId, int fromVersion, int toVersion) {
        ScopingDocument doc = load(needId);
        ScopingVersion from = doc.versionNumber(fromVersion).orElseThrow(() -> new NotFoundException("scoping version"));
        ScopingVersion to = doc.versionNumber(toVersion).orElseThrow(() -> new NotFoundException("scoping version"));
        return to.differencesFrom(from);
    }

    /** Hosts and coordinators download any version; the associate placed on the need, any version that was agreed. */
    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public byte[] versionPdf(long needId, int version) {
        Actor actor = currentUser.actor();
        Need need = needs.find(needId).orElseThrow(() -> new NotFoundException("need"));
        ScopingDocument doc = documents.findByNeed(needId).orElseThrow(() -> new NotFoundException("scoping document"));
        ScopingVersion chosen = doc.versionNumber(version).orElseThrow(() -> new NotFoundException("scoping version"));
        boolean scoping = actor.seesEverything() || actor.actsFor(need.getOrganisation().getId());
        boolean placedOnIt = actor.has(Role.ASSOCIATE) && chosen.getAgreedAt() != null && placements.ofNeed(needId).stream()
                .anyMatch(p -> Guard.isSelf(actor, p.getAssociate()));
        if (!scoping && !placedOnIt) {
            throw new NotFoundException("scoping version");
        }
        return pdfs.scoping(need, chosen);
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Page<Need> awaitingSignOff(PageRequest page) {
        Actor actor = currentUser.actor();
        return documents.awaitingSignOff(actor.seesEverything() ? null : actor.organisationId(), page);
    }

    /** Scoping is between the need's host and the coordinators. */
    private ScopingDocument load(long needId) {
        Need need = needs.find(needId).orElseThrow(() -> new NotFoundException("need"));
        Guard.hostOrCoordinator(currentUser.actor(), need);
        return documents.findByNeed(needId).orElseThrow(() -> new NotFoundException("scoping document"));
    }
}
