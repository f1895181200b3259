package org.cti.convene.badges;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key decoded once into its curve point, verified with Bouncy Castle's low-level RFC 8032 code.
 * The JDK's provider decodes the key and allocates a {@code Signature} on every call and its arithmetic is
 * about four times slower; at the door that was half the CPU of a scan (ADR 0003). Thread-safe: the point is
 * immutable and {@code verify} keeps no state.
 */
final class VerificationKey {

    /** An X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410) is this fixed header followed by the 32-byte key. */
    private static final byte[] SPKI_HEADER = HexFormat.of().parseHex("302a300506032b6570032100");

    private static final int SPKI_LENGTH = SPKI_HEADER.length + Ed25519.PUBLIC_KEY_SIZE;

    private final Ed25519.PublicPoint point;
    private final byte[] encoded;

    private VerificationKey(Ed25519.PublicPoint point, byte[] encoded) {
        this.point = point;
        this.encoded = encoded;
    }

    /** Decodes a JDK Ed25519 public key; a point off the curve or of small order is refused here, not per scan. */
    static VerificationKey of(PublicKey key) {
        byte[] spki = key.getEncoded();
        if (spki == null
                || spki.length != SPKI_LENGTH
                || !Arrays.equals(spki, 0, SPKI_HEADER.length, SPKI_HEADER, 0, SPKI_HEADER.length)) {
            throw new IllegalArgumentException("badge keys must be " + BadgeKeys.ALGORITHM + " keys");
        }
        byte[] raw = Arrays.copyOfRange(spki, SPKI_LENGTH - Ed25519.PUBLIC_KEY_SIZE, SPKI_LENGTH);
        Ed25519.PublicPoint point = Ed25519.validatePublicKeyFullExport(raw, 0);
        if (point == null) {
            throw new IllegalArgumentException("not a valid Ed25519 public key");
        }
        return new VerificationKey(point, raw);
    }

    /** Whether {@code signature} is this key's signature of {@code message}; false for any malformed input. */
    boolean verifies(byte[] message, byte[] signature) {
        if (message == null || signature == null || signature.length != Ed25519.SIGNATURE_SIZE) {
            return false;
        }
        return Ed25519.verify(signature, 0, point, message, 0, message.length);
    }

    /** The raw 32 bytes, which signing needs beside the private key to skip a scalar multiplication. */
    byte[] encoded() {
        return encoded.clone();
    }
}
