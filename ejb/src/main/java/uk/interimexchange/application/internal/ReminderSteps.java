package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.reminder.Audience;
import uk.interimexchange.domain.model.reminder.DueReminder;
import uk.interimexchange.domain.model.reminder.ReminderKind;
import uk.interimexchange.domain.model.reminder.ReminderRules;
import uk.interimexchange.domain.model.reminder.SentReminder;
import uk.interimexchange.domain.model.reminder.SentReminderRepository;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

/** The transactions of a reminder round (see {@link DefaultReminderService}); the application's own, never a person's. */
@Stateless
@RolesAllowed(Roles.SYSTEM)
public class ReminderSteps {

    @Inject
    PlacementRepository placements;

    @Inject
    ScopingDocumentRepository scoping;

    @Inject
    SentReminderRepository sent;

    @Inject
    UserAccountRepository accounts;

    @Inject
    Notifier notifier;

    @Inject
    Clock clock;

    /** Working days a sign-off may wait before it is chased; 0 chases it in the first round after it is asked for. */
    @Inject
    @ConfigProperty(name = "interim.reminders.sign-off-working-days", defaultValue = "" + ReminderRules.SIGN_OFF_WORKING_DAYS)
    int signOffAfter;

    public List<DueReminder> dueForPlacement(long placementId, LocalDate today) {
        return placements.find(placementId).map(p -> ReminderRules.forPlacement(p, today, clock.getZone(), signOffAfter)).orElse(List.of())
                .stream().filter(due -> !sent.wasSent(due)).toList();
    }

    public List<DueReminder> dueForScope(long versionId, LocalDate today) {
        return scoping.findVersion(versionId).flatMap(v -> ReminderRules.forScope(v, today, clock.getZone(), signOffAfter))
                .filter(due -> !sent.wasSent(due)).stream().toList();
    }

    /** Records the reminder and tells its audience, all in one transaction: false when it no longer applies. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(DueReminder due) {
        sent.record(new SentReminder(due, clock.instant()));
        if (due.kind() == ReminderKind.SCOPE_SIGN_OFF) {
            Optional<ScopingVersion> version = scoping.findVersion(due.subjectId());
            if (version.isEmpty()) {
                return false;
            }
            Need need = version.get().getDocument().getNeed();
            notifier.remind(recipients(due, need, null), "Version " + version.get().getNumber() + " of the scope of “" + need.getTitle()
                    + "” (issued on " + ukDate(version.get().getIssuedAt()) + ") is waiting for sign-off by " + String.join(" and ", due.waitingFor()),
                    "Read and sign it here:", "/needs/scope.xhtml?need=" + need.getId());
            return true;
        }
        Optional<Placement> found = placements.find(due.subjectId());
        if (found.isEmpty()) {
            return false;
        }
        Placement p = found.get();
        String placement = "the placement of " + p.getAssociate().getFullName() + " at " + p.getOrganisation().getName();
        String what;
        String action;
        switch (due.kind()) {
            case PLACEMENT_SIGN_OFF -> {
                what = "Sign-off of " + placement + " (proposed on " + ukDate(p.getProposedAt()) + ") is waiting for "
                        + String.join(", ", due.waitingFor());
                action = "Sign it, or chase whoever is missing (the associate asks their line manager), on the placement page:";
            }
            case CHECK_IN_DUE -> {
                what = "A check-in is due for " + placement + " (check-ins are every " + Placement.CHECK_IN_EVERY_DAYS
                        + " days; this one from " + Letters.UK_DATE.format(due.dueOn()) + ")";
                action = "Either side can record it on the placement page:";
            }
            case MID_POINT_REVIEW -> {
                what = "The mid-point review of " + placement + " is due (" + Letters.UK_DATE.format(due.dueOn()) + ")";
                action = "Review the objectives and deliverables together, and record it as a check-in here:";
            }
            case ENDING_SOON -> {
                what = capitalised(placement) + " ends within " + Placement.ENDING_WITHIN_DAYS + " days, on "
                        + Letters.UK_DATE.format(p.getEndDate());
                action = "Plan the handover and close-out, or agree an extension, on the placement page:";
            }
            case CLOSE_OUT_DUE -> {
                what = capitalised(placement) + " ended on " + Letters.UK_DATE.format(p.getEndDate()) + " and is waiting to be closed out";
                action = "Record the outcomes, what worked and what did not, here:";
            }
            default -> throw new IllegalStateException("Not a placement reminder: " + due.kind());
        }
        notifier.remind(recipients(due, p.getNeed(), p), capitalised(what), action, "/placements/" + p.getId());
        return true;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean wasSent(DueReminder due) {
        return sent.wasSent(due);
    }

    private Set<Long> recipients(DueReminder due, Need need, Placement placement) {
        Set<Long> to = new LinkedHashSet<>();
        if (due.to().contains(Audience.ASSOCIATE) && placement != null) {
            to.add(placement.getAssociate().getAccount().getId());
        }
        if (due.to().contains(Audience.HOST_SPONSOR)) {
            to.add(need.getSponsor().getId());
        }
        if (due.to().contains(Audience.COORDINATORS)) {
            to.addAll(accounts.activeWithRole(Role.COORDINATOR));
        }
        return to;
    }

    private String ukDate(Instant at) {
        return Letters.UK_DATE.format(LocalDate.ofInstant(at, clock.getZone()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
