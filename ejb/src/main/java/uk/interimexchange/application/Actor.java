package uk.interimexchange.application;

import java.util.EnumSet;
import java.util.Set;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;

/**
 * Who is calling a service, resolved from the security context by {@link CurrentUser}, never taken from
 * a request. {@code system} stands for the application itself (start-up loads, timers).
 */
public record Actor(Long accountId, String name, Set<Role> roles, Long organisationId) {

    public static final String SYSTEM_NAME = "system";

    public static final String ANONYMOUS_NAME = "anonymous";

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Actor system() {
        return new Actor(null, SYSTEM_NAME, Set.of(), null);
    }

    /** Someone not signed in: no account, no roles, and none of the application's own powers. */
    public static Actor anonymous() {
        return new Actor(null, ANONYMOUS_NAME, Set.of(), null);
    }

    public static Actor of(UserAccount account) {
        return new Actor(account.getId(), account.getEmail(), account.getRoles(),
                account.getOrganisation() == null ? null : account.getOrganisation().getId());
    }

    public boolean isSystem() {
        return accountId == null && SYSTEM_NAME.equals(name);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Coordinators (and the application itself) see across every organisation. */
    public boolean seesEverything() {
        return isSystem() || has(Role.COORDINATOR) || has(Role.ADMIN);
    }

    public boolean actsFor(Long organisation) {
        return has(Role.HOST) && organisationId != null && organisationId.equals(organisation);
    }
}
