package uk.interimexchange.domain.model.audit;

import java.util.List;

public interface AuditRepository {

    void append(AuditEvent event);

    /** The history of one record, oldest first, with the names of those who acted. */
    List<HistoryEntry> historyOf(String entityType, long entityId);

    /** What {@code actor} (an account's email address) did, oldest first, with the record each entry is about. */
    List<ActorEntry> byActor(String actor);
}
