package org.cti.convene.badges;

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
        return BadgePayload.write(signed, keys.signer().sign(signed));
    }
}
