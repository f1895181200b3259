package org.cti.convene.badges;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Objects;

/** Turns a claim into the text of a badge QR, signed with the active key. Thread-safe. */
public final class BadgeSigner {

    private final BadgeKeys keys;

    public BadgeSigner(BadgeKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** A payload of {@value BadgePayload#LENGTH} characters from the QR alphanumeric set. */
    public String sign(BadgeClaim claim) {
        Objects.requireNonNull(claim, "claim");
        byte[] signed = BadgePayload.signedBytes(claim, keys.activeKeyId());
        try {
            // Signature objects are stateful; a fresh one per call is what makes this class thread-safe
            Signature signature = Signature.getInstance(BadgeKeys.ALGORITHM);
            signature.initSign(keys.signingKey());
            signature.update(signed);
            return BadgePayload.write(signed, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing a badge failed", e);
        }
    }
}
