package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.audit.AuditRepository;
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
    AuditRepository auditEvents;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    KnownSkills knownSkills;

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Associate createProfile(ProfileDetails details) {
        UserAccount account = callers.account(currentUser.actor());
        if (associates.findByAccount(account.getId()).isPresent()) {
            throw new BusinessRuleException("You already have a profile: change it instead of starting another.");
        }
        Associate associate = new Associate(account);
        associate.revise(withKnownSkills(details));
        associates.store(associate);
        transitions.recordSaved(ENTITY, associate.getId(), "profile created", null, associate.getStatus(), null);
        return associate;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Optional<Associate> mine() {
        Actor actor = currentUser.actor();
        return actor.isSystem() ? Optional.empty() : associates.findByAccount(actor.accountId());
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE})
    public Associate revise(long associateId, long loadedVersion, ProfileDetails details) {
        Associate associate = load(associateId);
        Guard.self(currentUser.actor(), associate);
        if (associate.getVersion() != loadedVersion) {
            throw new ConcurrentChangeException("profile");
        }
        associate.revise(withKnownSkills(details));
        return recorded(associate, "profile revised", associate.getStatus());
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
        return byAssociateOrCoordinator(associateId, "withdrawn", Associate::withdraw);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Associate find(long associateId) {
        Actor actor = currentUser.actor();
        Associate associate = load(associateId);
        boolean hostTheyAppliedTo = actor.has(Role.HOST) && actor.organisationId() != null
                && applications.appliedTo(associateId, actor.organisationId());
        if (actor.seesEverything() || Guard.isSelf(actor, associate) || hostTheyAppliedTo) {
            return associate;
        }
        throw new NotFoundException("profile");
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<Associate> search(String words, AssociateStatus status, PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return associates.search(words, status, page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.COORDINATOR})
    public List<AuditEvent> history(long associateId) {
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
