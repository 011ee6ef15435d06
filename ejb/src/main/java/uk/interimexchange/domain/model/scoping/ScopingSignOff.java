package uk.interimexchange.domain.model.scoping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** A signature on an issued scoping version: who, in which capacity, when. */
@Embeddable
public class ScopingSignOff {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SignOffParty party;

    @Column(name = "signer_account_id", nullable = false)
    private Long signerAccountId;

    @Column(name = "signer_name", nullable = false, length = 120)
    private String signerName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    protected ScopingSignOff() {
    }

    ScopingSignOff(SignOffParty party, Long signerAccountId, String signerName, Instant signedAt) {
        this.party = party;
        this.signerAccountId = signerAccountId;
        this.signerName = signerName;
        this.signedAt = signedAt;
    }

    public SignOffParty getParty() {
        return party;
    }

    public Long getSignerAccountId() {
        return signerAccountId;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }
}
