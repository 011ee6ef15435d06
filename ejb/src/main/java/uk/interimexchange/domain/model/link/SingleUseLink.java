package uk.interimexchange.domain.model.link;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;

/**
 * A link emailed to one person that lets them do one thing once, before it expires: verify an address, reset
 * a password, release an associate. Only a hash of its secret is kept, so the table alone opens nothing.
 */
@Entity
@Table(name = "single_use_link")
public class SingleUseLink {

    /** Why a link no longer works, in the words shown to whoever followed it. */
    public enum Refusal {
        NOT_RECOGNISED, USED, EXPIRED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private LinkPurpose purpose;

    /** The account or placement the link acts on. */
    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "secret_hash", nullable = false, length = 64, updatable = false)
    private String secretHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Version
    private long version;

    protected SingleUseLink() {
    }

    public SingleUseLink(LinkPurpose purpose, long subjectId, String secretHash, Instant now) {
        this.purpose = Check.required(purpose, "The purpose");
        this.subjectId = subjectId;
        this.secretHash = Check.text(secretHash, 64, "The secret's hash");
        this.createdAt = Check.required(now, "The time");
        this.expiresAt = now.plus(purpose.validFor());
    }

    /** Why this link cannot be used now, if it cannot. */
    public Refusal refusal(Instant now) {
        if (usedAt != null) {
            return Refusal.USED;
        }
        return now.isBefore(expiresAt) ? null : Refusal.EXPIRED;
    }

    /** Spends the link; a second use, or a use after it expired, is refused. */
    public void use(Instant now) {
        Refusal refusal = refusal(now);
        if (refusal != null) {
            throw new LinkRefusedException(refusal);
        }
        usedAt = now;
    }

    /** A newer link for the same thing replaces this one, which stops working. */
    public void supersede(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public LinkPurpose getPurpose() {
        return purpose;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    /** The link cannot be used; the page says why in plain words. */
    public static class LinkRefusedException extends BusinessRuleException {

        private static final long serialVersionUID = 1L;

        private final Refusal refusal;

        public LinkRefusedException(Refusal refusal) {
            super(switch (refusal) {
                case USED -> "This link has already been used. Each link works once.";
                case EXPIRED -> "This link has expired.";
                case NOT_RECOGNISED -> "We do not recognise this link. Check that you copied all of it from the email.";
            });
            this.refusal = refusal;
        }

        public Refusal getRefusal() {
            return refusal;
        }
    }
}
