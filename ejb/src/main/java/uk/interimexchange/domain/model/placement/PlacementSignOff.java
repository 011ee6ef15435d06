package uk.interimexchange.domain.model.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One of the four sign-offs a placement needs before it is agreed. */
@Embeddable
public class PlacementSignOff {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementParty party;

    @Column(name = "signer_name", nullable = false, length = 120)
    private String signerName;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "sign_comment", length = 2000)
    private String comment;

    protected PlacementSignOff() {
    }

    PlacementSignOff(PlacementParty party, String signerName, Instant signedAt, String comment) {
        this.party = party;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.comment = comment;
    }

    public PlacementParty getParty() {
        return party;
    }

    public String getSignerName() {
        return signerName;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getComment() {
        return comment;
    }
}
