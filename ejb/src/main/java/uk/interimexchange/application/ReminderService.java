package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.reminder.ReminderKind;
import uk.interimexchange.domain.model.reminder.SentReminder;

/**
 * Reminders of what is due: sign-offs pending three working days (interim.reminders.sign-off-working-days), check-ins, mid-point reviews, placements ending
 * within 14 days and close-outs. Each goes once, by email and in-app, however many nodes run the round and however
 * often it runs.
 */
public interface ReminderService {

    /** Sends every reminder due today not sent before; answers how many this call sent. Run by the scheduler. */
    int sendDue();

    /** The reminders sent about a placement or a scoping version, oldest due first. */
    List<SentReminder> sentAbout(ReminderKind kind, long subjectId);
}
