package uk.interimexchange.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The record that a reminder went. Kind, subject and due date are unique in the database, and the row is written
 * in the same transaction as the reminder's notifications and emails: a second node, or the same node after a
 * restart, cannot write it again, so the reminder is sent once.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReminderKind kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    public SentReminder(DueReminder due, Instant now) {
        this.kind = due.kind();
        this.subjectId = due.subjectId();
        this.dueOn = due.dueOn();
        this.sentAt = now;
    }

    public Long getId() {
        return id;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
