package uk.interimexchange.domain.model.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A reminder that is due: of what kind, about which record, from which date (the key that makes it once only), to
 * whom, and for a sign-off, whose signatures are missing (in words).
 */
public record DueReminder(ReminderKind kind, long subjectId, LocalDate dueOn, Set<Audience> to, List<String> waitingFor) {

    public DueReminder {
        to = Set.copyOf(to);
        waitingFor = List.copyOf(waitingFor);
    }
}
