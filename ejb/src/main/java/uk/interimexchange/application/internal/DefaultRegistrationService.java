package uk.interimexchange.application.internal;

import uk.interimexchange.application.Actor;
import uk.interimexchange.application.Roles;
import java.util.EnumSet;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import uk.interimexchange.application.Registration;
import uk.interimexchange.application.RegistrationService;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.application.port.PasswordHashing;
import uk.interimexchange.application.port.LinkTokens;

/**
 * Public by nature: nobody registering or resetting is signed in. Every change is audited against the account
 * with the address as the actor, and what is said back never tells whether an address has an account.
 */
@Stateless
public class DefaultRegistrationService implements RegistrationService {

    /** At most one emailed link per person and purpose in this time, however often the form is sent. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(2);

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssociateRepository associates;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PasswordPolicy passwordPolicy;

    @Inject
    PasswordHashing passwords;

    @Inject
    LinkTokens links;

    @Inject
    Letters letters;

    @Inject
    AuditTrail audit;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @Override
    @PermitAll
    public void registerAssociate(Registration registration) {
        register(registration, Role.ASSOCIATE, null);
    }

    @Override
    @PermitAll
    public void registerHost(Registration registration, long organisationId) {
        Organisation organisation = organisations.find(organisationId)
                .filter(Organisation::isActive)
                .orElseThrow(() -> new BusinessRuleException("Choose your organisation from the list."));
        register(registration, Role.HOST, organisation);
    }

    private void register(Registration registration, Role role, Organisation organisation) {
        Check.required(registration, "The registration");
        String email = UserAccount.checkedEmail(registration.email());
        String name = Check.text(registration.fullName(), 120, "Your full name");
        passwordPolicy.check(registration.password(), name, email, organisation == null ? null : organisation.getName());
        Instant now = clock.instant();
        String hash = passwords.hash(registration.password()); // hashed either way, so timing does not tell
        Optional<UserAccount> existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            alreadyRegistered(existing.get());
            return;
        }
        UserAccount account = UserAccount.registered(email, name, role, organisation, now);
        account.setPasswordHash(hash);
        accounts.store(account);
        if (role == Role.ASSOCIATE) {
            associates.store(Associate.draft(account));
        }
        letters.verifyAddress(account, links.issue(LinkPurpose.VERIFY_EMAIL, account.getId()));
        audit(account.getId(), "registered as " + role.name().toLowerCase(Locale.ROOT), email,
                organisation == null ? null : "For " + organisation.getName());
    }

    @Override
    @PermitAll
    public AccountStatus verifyEmail(String link) {
        Instant now = clock.instant();
        SingleUseLink verification = links.open(LinkPurpose.VERIFY_EMAIL, link);
        verification.use(now);
        UserAccount account = accounts.find(verification.getSubjectId()).orElseThrow();
        AccountStatus from = account.getStatus();
        AccountStatus reached = account.verifyEmail();
        transitions.save("account");
        audit.recordAs(account.getEmail(), DefaultSignInService.ENTITY, account.getId(), "email address confirmed", from, reached, null);
        return reached;
    }

    @Override
    @PermitAll
    public void requestPasswordReset(String email) {
        String address = UserAccount.checkedEmail(email); // a malformed address is the person's typing, not a secret
        Optional<UserAccount> found = accounts.findByEmail(address).filter(a -> a.getStatus() != AccountStatus.DISABLED);
        if (found.isEmpty()) {
            audit(DefaultSignInService.NO_ACCOUNT, "password reset asked: no such account", address, null);
            return;
        }
        UserAccount account = found.get();
        if (links.sentWithin(LinkPurpose.RESET_PASSWORD, account.getId(), RESEND_INTERVAL)) {
            audit(account.getId(), "password reset asked again: no new email so soon", address, null);
            return;
        }
        letters.resetPassword(account, links.issue(LinkPurpose.RESET_PASSWORD, account.getId()));
        audit(account.getId(), "password reset asked", address, null);
    }

    /**
     * Registering again with an address whose link was never opened sends a fresh link (the first password stays:
     * a stranger must not be able to set it); any other account's owner is told someone tried.
     */
    private void alreadyRegistered(UserAccount existing) {
        if (existing.getStatus() != AccountStatus.PENDING_VERIFICATION) {
            boolean told = existing.noticeOfRepeatRegistrationDue(clock.instant());
            if (told) {
                letters.alreadyRegistered(existing);
            }
            audit(existing.getId(), "registration refused: address has an account", existing.getEmail(),
                    told ? "The owner is emailed" : "The owner was emailed less than a day ago: not again");
        } else if (links.sentWithin(LinkPurpose.VERIFY_EMAIL, existing.getId(), RESEND_INTERVAL)) {
            audit(existing.getId(), "registered again: no new email so soon", existing.getEmail(), null);
        } else {
            letters.verifyAddress(existing, links.issue(LinkPurpose.VERIFY_EMAIL, existing.getId()));
            audit(existing.getId(), "registered again: confirmation link sent again", existing.getEmail(), null);
        }
    }

    @Override
    @PermitAll
    public void checkResetLink(String link) {
        links.usable(LinkPurpose.RESET_PASSWORD, link);
    }

    @Override
    @PermitAll
    public void resetPassword(String link, char[] newPassword) {
        choosePassword(LinkPurpose.RESET_PASSWORD, link, newPassword, "password reset");
    }

    @Override
    @PermitAll
    public void checkInvitation(String link) {
        links.usable(LinkPurpose.JOIN_COHORT, link);
    }

    @Override
    @PermitAll
    public void joinCohort(String link, char[] password) {
        choosePassword(LinkPurpose.JOIN_COHORT, link, password, "joined from a cohort invitation");
    }

    /** The password chosen through an emailed link for {@code purpose}; the link is used up with it. */
    private void choosePassword(LinkPurpose purpose, String link, char[] password, String action) {
        Instant now = clock.instant();
        SingleUseLink chosen = links.open(purpose, link);
        UserAccount account = accounts.find(chosen.getSubjectId()).orElseThrow();
        passwordPolicy.check(password, account.getFullName(), account.getEmail(),
                account.getOrganisation() == null ? null : account.getOrganisation().getName());
        chosen.use(now);
        account.changePassword(passwords.hash(password));
        transitions.save("account");
        audit(account.getId(), action, account.getEmail(), null);
    }

    @Override
    @RolesAllowed(Roles.SYSTEM)
    public boolean provisionAdministrator(String email, String fullName) {
        String address = UserAccount.checkedEmail(email);
        if (accounts.findByEmail(address).isPresent()) {
            return false;
        }
        UserAccount account = new UserAccount(address, fullName, EnumSet.of(Role.ADMIN), null, clock.instant());
        accounts.store(account);
        transitions.save("account");
        letters.firstAdministrator(account, links.issue(LinkPurpose.RESET_PASSWORD, account.getId()));
        audit(account.getId(), "administrator opened by the operator", Actor.SYSTEM_NAME, "Emailed a link to choose a password");
        return true;
    }

    private void audit(long accountId, String action, String who, String comment) {
        audit.recordAs(who, DefaultSignInService.ENTITY, accountId, action, null, null, comment);
    }
}
