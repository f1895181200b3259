package org.cti.convene.badges;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.interfaces.EdECPrivateKey;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The raw Ed25519 seed and public key, signed with Bouncy Castle's RFC 8032 code: a badge sheet signs a thousand
 * payloads, and giving the public key beside the seed saves a scalar multiplication on each. Signatures are
 * deterministic, so they are byte for byte those of the JDK. Thread-safe.
 */
final class SigningKey {

    private final byte[] seed;
    private final byte[] publicKey;

    private SigningKey(byte[] seed, byte[] publicKey) {
        this.seed = seed;
        this.publicKey = publicKey;
    }

    static SigningKey of(PrivateKey key, VerificationKey publicKey) {
        if (!(key instanceof EdECPrivateKey edec)) {
            throw new IllegalArgumentException("badge keys must be " + BadgeKeys.ALGORITHM + " keys");
        }
        byte[] seed = edec.getBytes().orElseThrow(() -> new IllegalArgumentException("the badge key has no seed"));
        if (seed.length != Ed25519.SECRET_KEY_SIZE) {
            throw new IllegalArgumentException("badge keys must be " + BadgeKeys.ALGORITHM + " keys");
        }
        return new SigningKey(seed, publicKey.encoded());
    }

    byte[] sign(byte[] message) {
        byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
        Ed25519.sign(seed, 0, publicKey, 0, message, 0, message.length, signature, 0);
        return signature;
    }

    /** Whether this seed generates {@code key}: a mismatched pair would print badges no one can verify. */
    boolean pairsWith(VerificationKey key) {
        byte[] derived = new byte[Ed25519.PUBLIC_KEY_SIZE];
        Ed25519.generatePublicKey(seed, 0, derived, 0);
        return MessageDigest.isEqual(derived, key.encoded());
    }
}
