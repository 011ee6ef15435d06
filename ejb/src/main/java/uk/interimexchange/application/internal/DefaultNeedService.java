package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.ApplicationService;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NeedPageView;
import uk.interimexchange.application.NeedReopening;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.application.NeedStep;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedRow;
import uk.interimexchange.domain.model.need.NeedRepository;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@Stateless
public class DefaultNeedService implements NeedService {

    static final String ENTITY = "Need";

    @Inject
    NeedRepository needs;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ScopingDocumentRepository scopingDocuments;

    @Inject
    AuditRepository auditEvents;

    @Inject
    KnownSkills knownSkills;

    @Inject
    Notifier notifier;

    @Inject
    PlacementRepository placements;

    @Inject
    ApplicationRepository applications;

    @Inject
    AssociateRepository associates;

    @EJB
    ApplicationService applicationService;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Transitions transitions;

    @Override
    @RolesAllowed({Roles.HOST})
    public Need post(long organisationId, NeedDetails details) {
        Actor actor = currentUser.actor();
        if (!actor.actsFor(organisationId)) {
            throw new AccessDeniedException("You can only post needs for the organisation you are a host contact of.");
        }
        Organisation organisation = organisations.find(organisationId).orElseThrow(() -> new NotFoundException("organisation"));
        UserAccount sponsor = accounts.find(actor.accountId()).orElseThrow(() -> new NotFoundException("account"));
        Need need = new Need(organisation, sponsor, withKnownSkills(details), clock.instant());
        needs.store(need);
        transitions.recordSaved(ENTITY, need.getId(), "posted", null, NeedState.DRAFT, null);
        return need;
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Need revise(long needId, long loadedVersion, NeedDetails details) {
        Need need = load(needId);
        Guard.hostOrCoordinator(currentUser.actor(), need);
        if (need.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("need");
        }
        need.revise(withKnownSkills(details));
        transitions.record("need", ENTITY, needId, "revised", need.getState(), need.getState(), null);
        return need;
    }

    @Override
    @RolesAllowed({Roles.HOST})
    public Need submit(long needId) {
        Need need = load(needId);
        Guard.hostOf(currentUser.actor(), need);
        NeedState from = need.getState();
        need.submit(clock.instant());
        return recorded(need, "submitted", from, null);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Need returnToDraft(long needId, String reason) {
        return byCoordinator(needId, "returned to draft", reason, need -> need.returnToDraft(reason));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Need startScoping(long needId) {
        return byCoordinator(needId, "taken into scoping", null, need -> {
            need.startScoping();
            scopingDocuments.store(new ScopingDocument(need));
        });
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Need publish(long needId) {
        Guard.coordinator(currentUser.actor());
        ScopingDocument scoping = scopingDocuments.findByNeed(needId)
                .orElseThrow(() -> new NotFoundException("scoping document"));
        ScopingVersion agreed = scoping.agreedVersion().orElse(null);
        String comment = agreed == null ? null : "On scoping version " + agreed.getNumber();
        return byCoordinator(needId, "published", comment, need -> need.publish(agreed, LocalDate.now(clock)));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Need startShortlisting(long needId) {
        return byCoordinator(needId, "shortlisting started", null, Need::startShortlisting);
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Need cancel(long needId, String reason) {
        Need need = load(needId);
        Guard.hostOrCoordinator(currentUser.actor(), need);
        NeedState from = need.getState();
        need.cancel(reason);
        return recorded(need, "cancelled", from, reason);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Need reopen(long needId, NeedState to, LocalDate newDeadline, String reason, List<Long> restoreApplicationIds) {
        Guard.coordinator(currentUser.actor());
        Need need = load(needId);
        if (need.getState() == NeedState.FILLED && placements.anyStandingForNeed(needId)) {
            throw new BusinessRuleException("The need's placement is still going ahead: only a need whose placement fell through"
                    + " (cancelled, or its release declined) can be reopened.");
        }
        List<Long> restore = restoreApplicationIds == null ? List.of() : restoreApplicationIds;
        Set<Long> restorable = applications.restorableForNeed(needId).stream().map(Application::getId).collect(Collectors.toSet());
        if (!restorable.containsAll(restore)) {
            throw new BusinessRuleException("Only applicants turned away because someone else accepted this need can be brought back.");
        }
        NeedState from = need.getState();
        need.reopen(to, reason, newDeadline, LocalDate.now(clock));
        recorded(need, to == NeedState.OPEN ? "reopened for applications" : "reopened for shortlisting", from, reason);
        restore.forEach(applicationService::restoreToShortlist);
        return need;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public NeedReopening reopening(long needId) {
        Guard.coordinator(currentUser.actor());
        Need need = load(needId);
        if (need.getState() != NeedState.FILLED || placements.anyStandingForNeed(needId)) {
            return NeedReopening.none();
        }
        return new NeedReopening(true, applications.restorableForNeed(needId));
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<Need> fallenThrough(PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return needs.fallenThrough(page);
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public Need handOverSponsor(long needId, long newSponsorAccountId) {
        Need need = load(needId);
        Guard.hostOrCoordinator(currentUser.actor(), need);
        if (need.getState() == NeedState.CLOSED || need.getState() == NeedState.CANCELLED) {
            throw new BusinessRuleException("The need is " + need.getState().getLabel().toLowerCase() + ": there is nothing left to sponsor.");
        }
        UserAccount from = need.getSponsor();
        UserAccount to = accounts.find(newSponsorAccountId).filter(UserAccount::isActive)
                .orElseThrow(() -> new BusinessRuleException("Choose a host contact whose account is open."));
        if (to.getId().equals(from.getId())) {
            throw new BusinessRuleException(to.getFullName() + " is already the host sponsor.");
        }
        need.assignSponsor(to);
        transitions.record("need", ENTITY, needId, "host sponsor handed over", need.getState(), need.getState(),
                "From " + from.getFullName() + " to " + to.getFullName());
        notifier.sponsorHandedOver(need, from);
        return need;
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public List<UserAccount> sponsorChoices(long needId) {
        Need need = load(needId);
        Guard.hostOrCoordinator(currentUser.actor(), need);
        return accounts.activeHostContactsOf(need.getOrganisation().getId()).stream()
                .filter(a -> !a.getId().equals(need.getSponsor().getId())).toList();
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Need find(long needId) {
        return Guard.visible(currentUser.actor(), load(needId));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public NeedPageView page(long needId) {
        Actor actor = currentUser.actor();
        Need need = Guard.visible(actor, load(needId));
        NeedState state = need.getState();
        boolean coordinator = actor.has(Role.COORDINATOR);
        boolean host = actor.has(Role.HOST) && actor.actsFor(need.getOrganisation().getId());
        boolean programme = host || coordinator;
        List<String> missing = need.missingForSubmission();
        Set<NeedStep> steps = EnumSet.noneOf(NeedStep.class);
        Steps.allow(steps, NeedStep.FOLLOW, programme);
        Steps.allow(steps, NeedStep.SEE_ALL_APPLICANTS, coordinator);
        Steps.allow(steps, NeedStep.EDIT, host && state == NeedState.DRAFT || programme && state == NeedState.SCOPING);
        Steps.allow(steps, NeedStep.FINISH_WRITING, host && state == NeedState.DRAFT && !missing.isEmpty());
        Steps.allow(steps, NeedStep.SUBMIT, host && state == NeedState.DRAFT && missing.isEmpty());
        Steps.allow(steps, NeedStep.TRIAGE, coordinator && state == NeedState.SUBMITTED);
        Steps.allow(steps, NeedStep.PUBLISH, coordinator && state == NeedState.SCOPING);
        Steps.allow(steps, NeedStep.CANCEL, programme && state.isCancellable());
        Steps.allow(steps, NeedStep.SEE_CANDIDATES, coordinator && need.isRecruiting());
        boolean scoped = programme && state.compareTo(NeedState.SCOPING) >= 0 && state != NeedState.CANCELLED;
        Steps.allow(steps, NeedStep.SEE_SCOPE, scoped);
        Steps.allow(steps, NeedStep.WRITE_SCOPE, scoped && state == NeedState.SCOPING);
        Long mine = null;
        if (actor.has(Role.ASSOCIATE) && !coordinator) {
            mine = associates.findByAccount(actor.accountId()).flatMap(a -> applications.forAssociateAndNeed(a.getId(), needId))
                    .map(Application::getId).orElse(null);
            Steps.allow(steps, NeedStep.APPLY, mine == null && state == NeedState.OPEN);
        }
        ScopingVersion agreed = state.compareTo(NeedState.OPEN) >= 0 && state != NeedState.CANCELLED
                ? scopingDocuments.findByNeed(needId).flatMap(ScopingDocument::agreedVersion).orElse(null) : null;
        return new NeedPageView(need, steps, missing,
                programme ? auditEvents.historyOf(ENTITY, needId) : List.of(),
                programme ? applicationService.forNeed(needId, PageRequest.first(PageRequest.MAX_LIMIT)).items() : List.of(),
                agreed,
                coordinator ? reopening(needId) : NeedReopening.none(),
                programme && state != NeedState.CLOSED && state != NeedState.CANCELLED ? sponsorChoices(needId) : List.of(),
                mine);
    }


    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Page<Need> search(NeedFilter filter, PageRequest page) {
        return needs.search(visibleTo(currentUser.actor(), filter), page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public void download(NeedFilter filter, Consumer<NeedRow> row) {
        needs.eachRow(visibleTo(currentUser.actor(), filter), row);
    }

    /** The filter narrowed to what the caller may see: hosts their own organisation's needs, associates open ones. */
    private static NeedFilter visibleTo(Actor actor, NeedFilter filter) {
        NeedFilter scoped = filter == null ? NeedFilter.all() : filter;
        if (actor.seesEverything()) {
            return scoped;
        }
        if (actor.has(Role.HOST)) {
            return scoped.withOrganisation(actor.organisationId());
        }
        if (actor.has(Role.ASSOCIATE)) {
            return scoped.withStates(Set.of(NeedState.OPEN));
        }
        throw new AccessDeniedException("Sign in to see needs.");
    }

    @Override
    @RolesAllowed({Roles.HOST, Roles.COORDINATOR})
    public List<HistoryEntry> history(long needId) {
        Need need = load(needId);
        Guard.hostOrCoordinator(currentUser.actor(), need);
        return auditEvents.historyOf(ENTITY, needId);
    }

    /** A coordinator's decision on a need: checked, applied, and recorded with the states it moved between. */
    private Need byCoordinator(long needId, String action, String comment, java.util.function.Consumer<Need> decision) {
        Guard.coordinator(currentUser.actor());
        Need need = load(needId);
        NeedState from = need.getState();
        decision.accept(need);
        return recorded(need, action, from, comment);
    }

    private Need load(long needId) {
        return needs.find(needId).orElseThrow(() -> new NotFoundException("need"));
    }

    private Need recorded(Need need, String action, NeedState from, String comment) {
        transitions.record("need", ENTITY, need.getId(), action, from, need.getState(), comment);
        notifier.aboutNeed(need, action);
        return need;
    }

    /** The skills as the taxonomy holds them: a caller's copy may be detached, or name a skill that is gone. */
    private NeedDetails withKnownSkills(NeedDetails details) {
        if (details == null) {
            return null;
        }
        return details.withRequiredSkills(details.requiredSkills().stream()
                .map(r -> new RequiredSkill(knownSkills.known(r.getSkill()), r.getImportance(), r.getMinimumLevel()))
                .toList());
    }
}
