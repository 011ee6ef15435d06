package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonState;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.notification.NotificationRepository;
import uk.interimexchange.domain.model.placement.Placement;

/**
 * Tells the people a change concerns, in their notifications, in the same transaction as the change: the host
 * sponsor about their need, the associate about their application and placement, the coordinators about what
 * waits for them. Whoever made the change is not told about it. Each notification is also emailed, through the
 * outbox, so it goes once the change commits and not at all if it rolls back.
 */
@ApplicationScoped
class Notifier {

    @Inject
    NotificationRepository notifications;

    @Inject
    UserAccountRepository accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @Inject
    Letters letters;

    void aboutNeed(Need need, String action) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(need.getSponsor().getId());
        if (need.getState() == NeedState.SUBMITTED) {
            told.addAll(accounts.activeWithRole(Role.COORDINATOR)); // a need to triage
        }
        send(told, "The need “" + need.getTitle() + "”: " + action, "/needs/" + need.getId());
    }

    /** The host sponsor and coordinators write the scope; an associate placed on it hears when it changes. */
    void aboutScope(Need need, String action, List<Placement> live) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(need.getSponsor().getId());
        told.addAll(accounts.activeWithRole(Role.COORDINATOR));
        send(told, "The scope of “" + need.getTitle() + "”: " + action, "/needs/scope.xhtml?need=" + need.getId());
        for (Placement placement : live) {
            send(Set.of(placement.getAssociate().getAccount().getId()), "The scope of your placement at "
                    + placement.getOrganisation().getName() + ", “" + need.getTitle() + "”: " + action, "/placements/" + placement.getId());
        }
    }

    /** A sponsor handed over: both the one who leaves it and the one who takes it on. */
    void sponsorHandedOver(Need need, UserAccount from) {
        send(new LinkedHashSet<>(List.of(from.getId(), need.getSponsor().getId())), "The need “" + need.getTitle()
                + "”: host sponsor now " + need.getSponsor().getFullName() + " (was " + from.getFullName() + ")", "/needs/" + need.getId());
    }

    /** A coordinator asks an associate to apply. */
    void invited(Application application) {
        send(Set.of(application.getAssociate().getAccount().getId()), "You are invited to apply for “" + application.getNeed().getTitle()
                + "” at " + application.getNeed().getOrganisation().getName(), "/applications/" + application.getId());
    }

    /**
     * An application closed without an offer (marked unsuccessful, or the assignment went to another applicant): in
     * the app, and by an email that carries the feedback itself.
     */
    void applicationClosed(Application application, String action) {
        UserAccount applicant = application.getAssociate().getAccount();
        notifications.store(new Notification(applicant.getId(), "The application of " + application.getAssociate().getFullName()
                + " for “" + application.getNeed().getTitle() + "”: " + action + ".", "/applications/" + application.getId(), clock.instant()));
        if (applicant.isActive()) {
            letters.applicationClosed(applicant, application);
        }
    }

    /** A placement is proposed from an accepted offer: the host sponsor and the coordinators sign next. */
    void placementProposed(Placement placement) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(placement.getNeed().getSponsor().getId());
        told.addAll(accounts.activeWithRole(Role.COORDINATOR));
        send(told, "The placement of " + placement.getAssociate().getFullName() + " at " + placement.getOrganisation().getName()
                + ": proposed, to be signed by the host sponsor, a coordinator and the line manager", "/placements/" + placement.getId());
    }

    /** The associate's own profile changed state: they are told when someone else did it, coordinators when they did. */
    void aboutProfile(Associate associate, String action) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(associate.getAccount().getId());
        if (Objects.equals(currentUser.actor().accountId(), associate.getAccount().getId())) {
            told.addAll(accounts.activeWithRole(Role.COORDINATOR));
        }
        send(told, "The profile of " + associate.getFullName() + ": " + action, "/account/profile.xhtml");
    }

    void aboutApplication(Application application, String action) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(application.getAssociate().getAccount().getId());
        if (isAssociate(application)) {
            told.addAll(accounts.activeWithRole(Role.COORDINATOR)); // the applicant answered: the coordinators act next
        }
        send(told, "The application of " + application.getAssociate().getFullName() + " for “" + application.getNeed().getTitle()
                + "”: " + action, "/applications/" + application.getId());
    }

    void aboutPlacement(Placement placement, String action) {
        aboutPlacement(placement, action, false);
    }

    /** The associate and host sponsor; with {@code coordinators}, the coordinators too, who act next. */
    void aboutPlacement(Placement placement, String action, boolean coordinators) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(placement.getAssociate().getAccount().getId());
        told.add(placement.getNeed().getSponsor().getId());
        if (coordinators) {
            told.addAll(accounts.activeWithRole(Role.COORDINATOR));
        }
        send(told, "The placement of " + placement.getAssociate().getFullName() + " at " + placement.getOrganisation().getName()
                + ": " + action, "/placements/" + placement.getId());
    }

    /** The line manager answered: the associate and host sponsor, and the coordinators, who act on a declined release. */
    void aboutRelease(Placement placement, String answer) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(placement.getAssociate().getAccount().getId());
        told.add(placement.getNeed().getSponsor().getId());
        told.addAll(accounts.activeWithRole(Role.COORDINATOR));
        send(told, "The placement of " + placement.getAssociate().getFullName() + " at " + placement.getOrganisation().getName()
                + ": " + answer, "/placements/" + placement.getId());
    }

    void aboutLesson(Lesson lesson, String action) {
        Set<Long> told = new LinkedHashSet<>();
        told.add(lesson.getAuthor().getId());
        if (lesson.getState() == LessonState.SUBMITTED) {
            told.addAll(accounts.activeWithRole(Role.COORDINATOR)); // a lesson to moderate
        }
        send(told, "The lesson “" + lesson.getTitle() + "”: " + action, "/lessons/lesson.xhtml?lesson=" + lesson.getId());
    }

    /** A reminder from the scheduler: nobody made a change, so nobody is left out and there is no "by". */
    void remind(Set<Long> recipients, String what, String action, String link) {
        for (Long recipient : recipients) {
            accounts.find(recipient).filter(UserAccount::isActive).ifPresent(account -> {
                notifications.store(new Notification(recipient, "Reminder: " + what + ".", link, clock.instant()));
                letters.reminder(account, what, action, link);
            });
        }
    }

    private boolean isAssociate(Application application) {
        Actor actor = currentUser.actor();
        return Objects.equals(actor.accountId(), application.getAssociate().getAccount().getId());
    }

    private void send(Set<Long> recipients, String what, String link) {
        Actor actor = currentUser.actor();
        String by = actor.isSystem() || actor.accountId() == null ? "" : ", by " + callers.displayName(actor);
        for (Long recipient : recipients) {
            if (recipient != null && !recipient.equals(actor.accountId())) {
                notifications.store(new Notification(recipient, what + by + ".", link, clock.instant()));
                accounts.find(recipient).filter(UserAccount::isActive).ifPresent(account -> letters.notification(account, what, by, link));
            }
        }
    }
}
