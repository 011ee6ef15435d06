package uk.interimexchange.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CalendarService;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.LinkTokens;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.application.ApplicationRepository;

@Stateless
public class DefaultCalendarService implements CalendarService {

    /** The address of a coordinator's interview feed, before its secret. */
    static final String INTERVIEW_FEED = "/calendar/interviews.ics?key=";

    /** The days of interviews a feed holds, from today. */
    static final int FEED_DAYS = 7;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    ApplicationRepository applications;

    @Inject
    LinkTokens tokens;

    @Inject
    Invitations invitations;

    @Inject
    Letters letters;

    @Inject
    Transitions transitions;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public boolean offersInterviewFeed() {
        return currentUser.actor().has(Role.COORDINATOR);
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public String newInterviewFeed() {
        Actor actor = currentUser.actor();
        Guard.coordinator(actor);
        UserAccount account = accounts.find(actor.accountId()).orElseThrow(() -> new NotFoundException("account"));
        String secret = tokens.newSecret();
        account.replaceCalendarFeed(tokens.hashOf(secret));
        transitions.record("account", DefaultSignInService.ENTITY, account.getId(), "new interview calendar address", null, null,
                "Any address before it stopped working");
        return letters.address(INTERVIEW_FEED + secret);
    }

    @Override
    @PermitAll // the secret in the address is the permission: a calendar application signs in as nobody
    public String interviewFeed(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            throw new NotFoundException("calendar");
        }
        accounts.findByCalendarFeed(tokens.hashOf(secret))
                .filter(a -> a.getStatus() == AccountStatus.ACTIVE && a.hasRole(Role.COORDINATOR))
                .orElseThrow(() -> new NotFoundException("calendar"));
        LocalDateTime today = LocalDate.now(clock).atStartOfDay();
        return invitations.interviewFeed(applications.interviewsBetween(today, today.plusDays(FEED_DAYS)));
    }
}
