package org.cti.convene.badges;

import java.util.Objects;
import org.cti.convene.badges.VerifiedBadge.Invalid;
import org.cti.convene.badges.VerifiedBadge.Reason;
import org.cti.convene.badges.VerifiedBadge.Valid;

/**
 * Checks a scanned QR text against the known public keys, with no database: whether the registration is still
 * confirmed, or already checked in, is for the caller to look up. Never throws on what a scanner may send.
 * Thread-safe.
 */
public final class BadgeVerifier {

    private final BadgeKeys keys;

    public BadgeVerifier(BadgeKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public VerifiedBadge verify(String payload) {
        BadgePayload.Parts parts = BadgePayload.read(payload);
        if (parts == null) {
            return new Invalid(Reason.MALFORMED);
        }
        VerificationKey key = keys.verificationKey(parts.keyId());
        if (key == null) {
            return new Invalid(Reason.UNKNOWN_KEY);
        }
        return key.verifies(parts.signedBytes(), parts.signature())
                ? new Valid(parts.claim(), parts.keyId())
                : new Invalid(Reason.BAD_SIGNATURE);
    }
}
