package org.cti.convene.badges;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Ed25519 keys badges are signed and verified with. One key signs; every key that ever signed a badge still
 * in circulation stays in {@code verificationKeys}, so a key can be rotated without reprinting.
 *
 * <p>Key ids are 0–255: one byte in the payload. Built from configuration or from the data directory by
 * {@code BadgeConfiguration}; tests and other features can use {@link #generate(int)}.
 *
 * <p>A class rather than a record so that the private key has no public accessor: nothing outside this package
 * (a JSON encoder walking a bean, a debug endpoint) can reach it.
 */
public final class BadgeKeys {

    static final String ALGORITHM = "Ed25519";

    private final int activeKeyId;
    private final PrivateKey signingKey;
    private final Map<Integer, PublicKey> verificationKeys;
    private final Map<Integer, VerificationKey> decodedKeys;
    private final SigningKey signer;

    public BadgeKeys(int activeKeyId, PrivateKey signingKey, Map<Integer, PublicKey> verificationKeys) {
        this.activeKeyId = activeKeyId;
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.verificationKeys = Map.copyOf(verificationKeys);
        this.verificationKeys.keySet().forEach(BadgeKeys::checkKeyId);
        checkKeyId(activeKeyId);
        if (!this.verificationKeys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("no public key for the active badge key " + activeKeyId);
        }
        // decoded once here rather than per scan or per badge; a key that is no curve point fails at start-up
        this.decodedKeys = this.verificationKeys.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> VerificationKey.of(e.getValue())));
        this.signer = SigningKey.of(signingKey, decodedKeys.get(activeKeyId));
        // a mismatched pair would print badges that no one can verify: refuse it at start-up
        if (!signer.pairsWith(decodedKeys.get(activeKeyId))) {
            throw new IllegalArgumentException("badge key " + activeKeyId + ": private and public key do not match");
        }
    }

    /** The id new badges are signed under. */
    public int activeKeyId() {
        return activeKeyId;
    }

    /** Every public key a badge may have been signed with, by key id. */
    public Map<Integer, PublicKey> verificationKeys() {
        return verificationKeys;
    }

    PrivateKey signingKey() {
        return signingKey;
    }

    /** The active key, ready to sign. */
    SigningKey signer() {
        return signer;
    }

    /** The decoded key for {@code keyId}, or null if no badge was ever signed under it. */
    VerificationKey verificationKey(int keyId) {
        return decodedKeys.get(keyId);
    }

    /** A fresh key pair under {@code keyId}, as the only key. */
    public static BadgeKeys generate(int keyId) {
        KeyPair pair = newKeyPair();
        return new BadgeKeys(keyId, pair.getPrivate(), Map.of(keyId, pair.getPublic()));
    }

    static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    static void checkKeyId(int id) {
        if (id < 0 || id > BadgePayload.MAX_KEY_ID) {
            throw new IllegalArgumentException(
                    "badge key ids must be within 0.." + BadgePayload.MAX_KEY_ID + ": " + id);
        }
    }

    /** Base64 of the PKCS#8 encoding, the form the configuration and the key file use. */
    static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Base64 of the X.509 SubjectPublicKeyInfo encoding. */
    static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static PrivateKey decodePrivate(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(decodeBase64(base64)));
    }

    static PublicKey decodePublic(String base64) throws GeneralSecurityException {
        return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(decodeBase64(base64)));
    }

    private static byte[] decodeBase64(String base64) throws GeneralSecurityException {
        try {
            // MIME decoding tolerates the line breaks a pasted multi-line secret tends to carry
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidKeySpecException("not Base64", e);
        }
    }

    @Override
    public String toString() {
        // never print key material, not even by accident in a log line
        return "BadgeKeys[active=" + activeKeyId + ", verifying=" + new TreeSet<>(verificationKeys.keySet()) + "]";
    }
}
