package uk.interimexchange.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded change: who, when, what, from which state to which, and why. Written once in the same
 * transaction as the change and never updated (no setters; every column is non-updatable).
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 40)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(nullable = false, updatable = false, length = 60)
    private String action;

    @Column(name = "from_state", updatable = false, length = 30)
    private String fromState;

    @Column(name = "to_state", updatable = false, length = 30)
    private String toState;

    @Column(name = "actor", nullable = false, updatable = false, length = 254)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "event_comment", updatable = false, length = 2000)
    private String comment;

    protected AuditEvent() {
    }

    public AuditEvent(String entityType, Long entityId, String action, String fromState, String toState, String actor,
            Instant occurredAt, String comment) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor == null || actor.length() <= 254 ? actor : actor.substring(0, 254);
        this.occurredAt = occurredAt;
        this.comment = comment == null || comment.length() <= 2000 ? comment : comment.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getComment() {
        return comment;
    }
}
