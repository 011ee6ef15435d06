package uk.interimexchange.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.interimexchange.domain.model.shared.Check;

/** Something that happened to a record a person is part of, shown in their notifications until they have read it. */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Column(nullable = false, length = 500)
    private String text;

    /** The page of the record, within the application: "/needs/42". */
    @Column(nullable = false, length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {
    }

    public Notification(Long recipientId, String text, String link, Instant now) {
        this.recipientId = Check.required(recipientId, "The recipient");
        this.text = Check.text(text.length() > 500 ? text.substring(0, 499) + "…" : text, 500, "The notification");
        Check.that(link != null && link.startsWith("/") && !link.startsWith("//"), "A notification links to a page of this service.");
        this.link = Check.text(link, 200, "The link");
        this.createdAt = Check.required(now, "The time");
    }

    public boolean isUnread() {
        return readAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getRecipientId() {
        return recipientId;
    }

    public String getText() {
        return text;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public long getVersion() {
        return version;
    }
}
