package uk.interimexchange.domain.model.audit;

import java.time.Instant;

/** One thing someone did, and which record it was done to. */
public record ActorEntry(Instant occurredAt, String entityType, Long entityId, String action, String comment) {
}
