package org.cti.convene.badges;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
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
        PublicKey key = keys.verificationKeys().get(parts.keyId());
        if (key == null) {
            return new Invalid(Reason.UNKNOWN_KEY);
        }
        return signatureMatches(key, parts)
                ? new Valid(parts.claim(), parts.keyId())
                : new Invalid(Reason.BAD_SIGNATURE);
    }

    private static boolean signatureMatches(PublicKey key, BadgePayload.Parts parts) {
        try {
            Signature signature = Signature.getInstance(BadgeKeys.ALGORITHM);
            signature.initVerify(key);
            signature.update(parts.signedBytes());
            return signature.verify(parts.signature());
        } catch (GeneralSecurityException e) {
            // a signature the provider cannot even parse is as wrong as one that does not match
            return false;
        }
    }
}
