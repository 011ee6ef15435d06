package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.interimexchange.application.ReminderService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.reminder.DueReminder;
import uk.interimexchange.domain.model.reminder.ReminderKind;
import uk.interimexchange.domain.model.reminder.SentReminder;
import uk.interimexchange.domain.model.reminder.SentReminderRepository;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;

/**
 * A round of reminders: the records that may have one due are listed, and each due reminder is sent in a
 * transaction of its own, so one that another node has just sent (the unique key refuses the second record of it)
 * costs nothing of the others.
 */
@Stateless
public class DefaultReminderService implements ReminderService {

    private static final Logger LOG = Logger.getLogger(DefaultReminderService.class.getName());

    @Inject
    PlacementRepository placements;

    @Inject
    ScopingDocumentRepository scoping;

    @Inject
    SentReminderRepository sent;

    @EJB
    ReminderSteps steps;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Roles.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sendDue() {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (long placementId : placements.idsInStates(EnumSet.of(PlacementState.PROPOSED, PlacementState.ACTIVE))) {
            count += sendEach(steps.dueForPlacement(placementId, today));
        }
        for (long versionId : scoping.issuedVersionIds()) {
            count += sendEach(steps.dueForScope(versionId, today));
        }
        return count;
    }

    private int sendEach(List<DueReminder> due) {
        int count = 0;
        for (DueReminder reminder : due) {
            try {
                if (steps.send(reminder)) {
                    count++;
                }
            } catch (EJBException refused) {
                // Most often another node recorded the same reminder a moment earlier; anything else is worth a look
                if (!steps.wasSent(reminder)) {
                    LOG.log(Level.WARNING, "Could not send the reminder " + reminder + "; the next round tries again", refused);
                }
            }
        }
        return count;
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public List<SentReminder> sentAbout(ReminderKind kind, long subjectId) {
        return sent.about(kind, subjectId);
    }
}
