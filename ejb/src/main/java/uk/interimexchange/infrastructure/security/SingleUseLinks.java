package uk.interimexchange.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import uk.interimexchange.application.port.LinkTokens;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.link.SingleUseLink.LinkRefusedException;
import uk.interimexchange.domain.model.link.SingleUseLink.Refusal;
import uk.interimexchange.domain.model.link.SingleUseLinkRepository;

/**
 * Makes and reads the tokens in emailed links: {@code id.secret.signature}. The secret is 256 random bits of
 * which only a hash is stored; the signature (HMAC-SHA256 with the application's link key) binds the id,
 * secret and purpose, so a token made up or altered is refused before anything else is looked at.
 */
@ApplicationScoped
public class SingleUseLinks implements LinkTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();

    @Inject
    SingleUseLinkRepository links;

    @Inject
    SigningKeys keys;

    @Inject
    Clock clock;

    /** A new link for {@code purpose} on {@code subjectId}; earlier unused ones for the same stop working. */
    @Override
    public String issue(LinkPurpose purpose, long subjectId) {
        links.unused(purpose, subjectId).forEach(old -> old.supersede(clock.instant()));
        String secret = newSecret();
        SingleUseLink link = new SingleUseLink(purpose, subjectId, sha256(secret), clock.instant());
        links.store(link);
        return link.getId() + "." + secret + "." + sign(purpose, link.getId() + "." + secret);
    }

    /**
     * Whether a link for {@code purpose} on {@code subjectId} went out less than {@code interval} ago and is still
     * unused: asking again so soon sends no new email, so nobody can fill a person's inbox through our forms.
     */
    @Override
    public boolean sentWithin(LinkPurpose purpose, long subjectId, java.time.Duration interval) {
        java.time.Instant since = clock.instant().minus(interval);
        return links.unused(purpose, subjectId).stream().anyMatch(link -> link.getCreatedAt().isAfter(since));
    }

    /**
     * The link a token stands for, whether or not it can still be used (the caller asks it). A token that is
     * malformed, altered, signed with another key or meant for something else is not recognised.
     */
    @Override
    public SingleUseLink open(LinkPurpose purpose, String token) {
        if (token == null || token.length() > 200) {
            throw new LinkRefusedException(Refusal.NOT_RECOGNISED);
        }
        String[] parts = token.strip().split("\\.");
        if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
            throw new LinkRefusedException(Refusal.NOT_RECOGNISED);
        }
        String signed = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(purpose, signed).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            throw new LinkRefusedException(Refusal.NOT_RECOGNISED);
        }
        return links.find(Long.parseLong(parts[0]))
                .filter(l -> l.getPurpose() == purpose)
                .filter(l -> MessageDigest.isEqual(l.getSecretHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(parts[1]).getBytes(StandardCharsets.US_ASCII)))
                .orElseThrow(() -> new LinkRefusedException(Refusal.NOT_RECOGNISED));
    }

    /** The link a token stands for, refused as well when it has been used or has expired. */
    @Override
    public SingleUseLink usable(LinkPurpose purpose, String token) {
        SingleUseLink link = open(purpose, token);
        Refusal refusal = link.refusal(clock.instant());
        if (refusal != null) {
            throw new LinkRefusedException(refusal);
        }
        return link;
    }

    @Override
    public String newSecret() {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return B64.encodeToString(secret);
    }

    @Override
    public String hashOf(String secret) {
        return sha256(secret);
    }

    private String sign(LinkPurpose purpose, String idAndSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.key(SigningKeys.LINKS), "HmacSHA256"));
            return B64.encodeToString(mac.doFinal((purpose.name() + ":" + idAndSecret).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    private static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
