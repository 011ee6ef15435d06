package uk.interimexchange.domain.model.reminder;

import java.util.List;

public interface SentReminderRepository {

    boolean wasSent(DueReminder due);

    /**
     * Records the reminder as sent, in the caller's transaction; fails (and so rolls the transaction back) when it was
     * recorded already, by this node or another.
     */
    void record(SentReminder sent);

    /** The reminders sent about a record, for its page and for tests. */
    List<SentReminder> about(ReminderKind kind, long subjectId);
}
