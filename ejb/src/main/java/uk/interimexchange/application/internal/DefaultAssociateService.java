package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.AssociateProfile;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.ProfilePageView;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.PoolMember;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.associate.TalentPoolSearch;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@Stateless
public class DefaultAssociateService implements AssociateService {

    static final String ENTITY = "Associate";

    @Inject
    AssociateRepository associates;

    @Inject
    ApplicationRepository applications;

    @Inject
    PlacementRepository placements;

    @Inject
    AuditRepository auditEvents;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    Notifier notifier;

    @Inject
    PoolDepartures departures;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    KnownSkills knownSkills;

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Associate createProfile(ProfileDetails details, boolean consenting) {
        UserAccount account = callers.account(currentUser.actor());
        if (associates.findByAccount(account.getId()).isPresent()) {
            throw new BusinessRuleException("You already have a profile: change it instead of starting another.");
        }
        Associate associate = Associate.draft(account);
        associate.revise(withKnownSkills(details), consenting, clock.instant());
        associates.store(associate);
        transitions.recordSaved(ENTITY, associate.getId(), "profile created", null, associate.getStatus(),
                consenting ? "Consent to matching given" : null);
        return associate;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Optional<Associate> mine() {
        return ownProfile(currentUser.actor());
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public Optional<ProfilePageView> profilePage() {
        Actor actor = currentUser.actor();
        if (!actor.has(Role.ASSOCIATE)) {
            return Optional.empty();
        }
        return Optional.of(new ProfilePageView(ownProfile(actor).orElse(null)));
    }

    /** The profile of the person acting, if they have started one (the system has none). */
    private Optional<Associate> ownProfile(Actor actor) {
        return actor.isSystem() ? Optional.empty() : associates.findByAccount(actor.accountId());
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Associate revise(long associateId, long loadedVersion, ProfileDetails details, boolean consenting) {
        Associate associate = load(associateId);
        Guard.self(currentUser.actor(), associate);
        if (associate.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("profile");
        }
        AssociateStatus from = associate.getStatus();
        boolean consentedBefore = associate.hasConsented();
        associate.revise(withKnownSkills(details), consenting, clock.instant());
        transitions.record("profile", ENTITY, associate.getId(), from == AssociateStatus.DRAFT ? "profile completed" : "profile revised",
                from, associate.getStatus(), !consentedBefore && associate.hasConsented() ? "Consent to matching given" : null);
        return associate;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Associate giveConsent(long associateId) {
        Associate associate = load(associateId);
        Guard.self(currentUser.actor(), associate);
        associate.giveConsent(clock.instant());
        return recorded(associate, "consent given", associate.getStatus());
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.COORDINATOR})
    public Associate pause(long associateId) {
        return byAssociateOrCoordinator(associateId, "paused", Associate::pause);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.COORDINATOR})
    public Associate resume(long associateId) {
        return byAssociateOrCoordinator(associateId, "made active again", Associate::resume);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.COORDINATOR})
    public Associate withdraw(long associateId) {
        Associate associate = load(associateId);
        Guard.selfOrCoordinator(currentUser.actor(), associate);
        if (placements.anyLiveForAssociate(associateId)) {
            throw new BusinessRuleException("A placement is still in play: it must be completed, ended or cancelled before "
                    + (Guard.isSelf(currentUser.actor(), associate) ? "you leave" : "they leave") + " the talent pool.");
        }
        departures.withdraw(associate, "Withdrew from the talent pool");
        return associate;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Associate find(long associateId) {
        Actor actor = currentUser.actor();
        Associate associate = load(associateId);
        if (actor.seesEverything() || Guard.isSelf(actor, associate) || shortlistedByCaller(actor, associateId)) {
            return associate;
        }
        throw new NotFoundException("profile");
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public AssociateProfile profile(long associateId) {
        Actor actor = currentUser.actor();
        Associate a = find(associateId);
        boolean whole = actor.seesEverything() || Guard.isSelf(actor, a);
        boolean contactShown = whole || actor.organisationId() != null
                && applications.anyAt(associateId, actor.organisationId(), EnumSet.of(ApplicationState.ACCEPTED));
        List<AssociateProfile.Assignment> history = placements.ofAssociate(associateId).stream()
                .map(p -> new AssociateProfile.Assignment(p.getId(), p.getNeed().getTitle(), p.getOrganisation().getName(), p.getStartDate(),
                        p.getEndDate(), p.getState(), p.outcome(), whole || actor.actsFor(p.getOrganisation().getId())))
                .toList();
        return new AssociateProfile(a.getId(), a.getFullName(), a.getJobTitle(), a.getEmployer() == null ? null : a.getEmployer().getName(),
                a.getBand(), a.getStatus(), a.getExperienceSummary(),
                a.getSkills().stream().map(h -> new AssociateProfile.SkillHeld(h.getSkill().getName(),
                        h.getSkill().getArea() == null ? null : h.getSkill().getArea().getName(), h.getLevel())).toList(),
                a.getAvailability(), a.getRegions(), a.isRemoteSuits(), a.getPreferredWeekdays(), a.getConsentGivenAt(),
                contactShown ? new AssociateProfile.Contact(a.getEmail(), a.getPhone(),
                        a.getLineManager() == null ? null : a.getLineManager().getName(),
                        a.getLineManager() == null ? null : a.getLineManager().getEmail()) : null,
                contactShown ? null : "Contact details are shared once " + a.getFullName() + " accepts an offer from your organisation.",
                history);
    }

    /** A host contact sees the profile of those shortlisted (or further on) for a need of their organisation. */
    private boolean shortlistedByCaller(Actor actor, long associateId) {
        return actor.has(Role.HOST) && actor.organisationId() != null
                && applications.anyAt(associateId, actor.organisationId(), ApplicationState.SHOWN_TO_HOST);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<Associate> search(String words, AssociateStatus status, PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return associates.search(words, status, page);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<PoolMember> pool(TalentPoolSearch search, PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return associates.pool(search == null ? TalentPoolSearch.everyone() : search, page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.COORDINATOR})
    public List<HistoryEntry> history(long associateId) {
        Guard.selfOrCoordinator(currentUser.actor(), load(associateId));
        return auditEvents.historyOf(ENTITY, associateId);
    }

    private Associate byAssociateOrCoordinator(long associateId, String action, Consumer<Associate> change) {
        Associate associate = load(associateId);
        Guard.selfOrCoordinator(currentUser.actor(), associate);
        AssociateStatus from = associate.getStatus();
        change.accept(associate);
        return recorded(associate, action, from);
    }

    private Associate recorded(Associate associate, String action, AssociateStatus from) {
        transitions.record("profile", ENTITY, associate.getId(), action, from, associate.getStatus(), null);
        if (from != associate.getStatus()) {
            notifier.aboutProfile(associate, action);
        }
        return associate;
    }

    private Associate load(long associateId) {
        return associates.find(associateId).orElseThrow(() -> new NotFoundException("profile"));
    }

    private ProfileDetails withKnownSkills(ProfileDetails details) {
        return details == null ? null : details.withSkills(details.skills().stream()
                .map(held -> new HeldSkill(knownSkills.known(held.getSkill()), held.getLevel())).toList());
    }
}
