package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;

/** The records behind the caller: their account, and their profile when they are an associate. */
@ApplicationScoped
class Callers {

    /** What sign-offs and briefings done by the application itself are recorded under. */
    static final String SYSTEM_DISPLAY_NAME = "Interim Exchange";

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssociateRepository associates;

    UserAccount account(Actor actor) {
        if (actor.isSystem()) {
            throw new AccessDeniedException("Sign in to do that.");
        }
        return accounts.find(actor.accountId()).orElseThrow(() -> new AccessDeniedException("Sign in to do that."));
    }

    Associate associate(Actor actor) {
        return associates.findByAccount(account(actor).getId())
                .orElseThrow(() -> new AccessDeniedException("Complete your associate profile first."));
    }

    /** The caller's name as people know them, for signatures and records. */
    String displayName(Actor actor) {
        return actor.isSystem() ? SYSTEM_DISPLAY_NAME : account(actor).getFullName();
    }
}
