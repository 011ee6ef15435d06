package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.PersonalDataRemoval;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.model.account.UserAccountRepository;

@Stateless
public class DefaultAccountService implements AccountService {

    @Inject
    UserAccountRepository accounts;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Letters letters;

    @Inject
    AssociateRepository associates;

    @Inject
    PlacementRepository placements;

    @Inject
    PoolDepartures departures;

    @Inject
    uk.interimexchange.domain.model.need.NeedRepository needs;

    @Inject
    PersonalDataRemoval removal;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public UserAccount mine() {
        return callers.account(currentUser.actor());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Page<UserAccount> search(String words, PageRequest page) {
        return accounts.search(words, page);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount find(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount changeRoles(long accountId, Set<Role> roles) {
        UserAccount account = find(accountId);
        Set<Role> from = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
        if (account.getId().equals(currentUser.actor().accountId()) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new BusinessRuleException("You cannot take away your own administrator role. Ask another administrator.");
        }
        account.changeRoles(roles);
        if (roles.contains(Role.ASSOCIATE) && associates.findByAccount(account.getId()).isEmpty()) {
            associates.store(Associate.draft(account)); // a new associate completes their own profile
        }
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "roles changed", null, null,
                "From " + labels(from) + " to " + labels(account.getRoles()));
        return account;
    }

    private static String labels(Set<Role> roles) {
        return roles.stream().map(Role::getLabel).collect(java.util.stream.Collectors.joining(", "));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount deactivate(long accountId, String reason) {
        String why = Check.text(reason, 1000, "The reason for deactivating the account");
        UserAccount account = find(accountId);
        Optional<Associate> profile = leaving(account, "deactivate your own account", "their account is closed");
        AccountStatus from = account.getStatus();
        account.deactivate();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "deactivated", from, account.getStatus(), why);
        leavePool(profile);
        return account;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount erase(long accountId, String reference) {
        String why = Check.text(reference, 200, "The reference of the person's request");
        UserAccount account = find(accountId);
        Optional<Associate> profile = leaving(account, "erase your own account", "their data is erased");
        Check.that(!account.isErased(), "This person's data has already been erased.");
        if (account.hasRole(Role.HOST) && needs.anyInPlayForSponsor(accountId)) {
            throw new BusinessRuleException(account.getFullName() + " sponsors a need still in play: it must be filled and its"
                    + " placement ended, or the need closed, before their data is erased.");
        }
        leavePool(profile);
        AccountStatus from = account.getStatus();
        transitions.save("account"); // the withdrawals' own records are written before their names are replaced
        removal.eraseTraces(account, profile.map(Associate::getId).orElse(null));
        account.erase();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "erased at the person's request", from, account.getStatus(),
                "Request " + why);
        return account;
    }

    /**
     * What deactivation and erasure both refuse: one's own account (an admin cannot {@code selfRefusal}) and an associate with a placement still in play (it must end before {@code until}). Their profile, if any.
     */
    private Optional<Associate> leaving(UserAccount account, String selfRefusal, String until) {
        if (account.getId().equals(currentUser.actor().accountId())) {
            throw new BusinessRuleException("You cannot " + selfRefusal + ". Ask another administrator.");
        }
        Optional<Associate> profile = associates.findByAccount(account.getId());
        if (profile.isPresent() && placements.anyLiveForAssociate(profile.get().getId())) {
            throw new BusinessRuleException(account.getFullName() + " has a placement still in play: it must be completed, ended"
                    + " or cancelled before " + until + ".");
        }
        return profile;
    }

    /** An associate profile still in the pool leaves it, its applications in progress withdrawn. */
    private void leavePool(Optional<Associate> profile) {
        profile.filter(a -> a.getStatus() != AssociateStatus.WITHDRAWN).ifPresent(a -> departures.withdraw(a, "Left the programme"));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount reactivate(long accountId) {
        UserAccount account = find(accountId);
        AccountStatus from = account.getStatus();
        account.reactivate();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "opened again", from, account.getStatus(), null);
        return account;
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public UserAccount unlock(long accountId) {
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        account.unlock();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "unlocked", null, null, null);
        return account;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public List<UserAccount> awaitingApproval() {
        return accounts.withStatus(AccountStatus.PENDING_APPROVAL);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public UserAccount approveHost(long accountId) {
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        AccountStatus from = account.getStatus();
        account.approve();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "approved as host contact", from,
                account.getStatus(), "For " + account.getOrganisation().getName());
        letters.hostApproved(account);
        return account;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR, Roles.ADMIN})
    public UserAccount refuseHost(long accountId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("Give a reason for refusing; the person will be told it");
        }
        String why = Check.text(reason, 1000, "The reason");
        UserAccount account = accounts.find(accountId).orElseThrow(() -> new NotFoundException("account"));
        AccountStatus from = account.getStatus();
        account.refuse();
        transitions.record("account", DefaultSignInService.ENTITY, accountId, "refused as host contact", from,
                account.getStatus(), why);
        letters.hostRefused(account, why);
        return account;
    }
}
