package uk.interimexchange.domain.model.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.shared.Backoff;
import uk.interimexchange.domain.model.shared.Check;

/**
 * A plain-text email in the outbox. It is written in the same transaction as the change that causes it, so
 * the two stand or fall together, and the background sender delivers it afterwards, retrying while the mail
 * server is away. Nothing is ever deleted: the outbox is also the record of what was sent to whom.
 */
@Entity
@Table(name = "email")
public class Email {

    /** The first retry waits this long at the least; each further failure doubles the wait. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 200, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, length = 20000)
    private String body;

    /** A calendar invitation or cancellation (iCalendar text) sent with the body, so it lands in the recipient's calendar. */
    @Column(updatable = false, length = 20000)
    private String calendar;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private EmailState state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_by", length = 100)
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected Email() {
    }

    public Email(String recipient, String subject, String body, Instant now) {
        this(recipient, subject, body, null, now);
    }

    /** An email carrying a calendar invitation ({@code calendar}, iCalendar text), or none when it is null. */
    public Email(String recipient, String subject, String body, String calendar, Instant now) {
        Check.that(calendar == null || calendar.startsWith("BEGIN:VCALENDAR") && calendar.length() <= 20000,
                "A calendar invitation must be an iCalendar of at most 20,000 characters.");
        this.calendar = calendar;
        this.recipient = UserAccount.checkedEmail(recipient);
        this.subject = Check.text(subject, 200, "The subject");
        Check.that(body != null && !body.isBlank() && body.length() <= 20000, "An email needs a body of at most 20,000 characters.");
        this.body = body;
        this.queuedAt = Check.required(now, "The time");
        this.state = EmailState.QUEUED;
        this.nextAttemptAt = now;
    }

    /** The server refused or could not be reached: wait longer each time (base, 2 × base, 4 × base … at most an hour). */
    public static Instant nextAttempt(int failedAttempts, Duration base, Instant now) {
        return now.plus(Backoff.doubling(base, failedAttempts - 1, LONGEST_WAIT));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    /** The calendar invitation sent with the email, if any. */
    public Optional<String> getCalendar() {
        return Optional.ofNullable(calendar);
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public EmailState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getLastError() {
        return lastError;
    }
}
