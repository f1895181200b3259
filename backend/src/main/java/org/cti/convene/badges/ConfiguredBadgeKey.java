package org.cti.convene.badges;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One entry of {@code convene.badges.keys}, or of the key file: Base64 PKCS#8 private key, Base64 X.509 public
 * key. A retired key keeps only its public key, so the badges it signed still verify.
 */
record ConfiguredBadgeKey(Integer id, String privateKey, String publicKey) {

    /**
     * The keys as configured. The key {@code activeKeyId} signs; when that is null, the first entry does. Errors
     * name the key id, never the key material.
     */
    static BadgeKeys toBadgeKeys(List<ConfiguredBadgeKey> entries, Integer activeKeyId) {
        if (entries.isEmpty()) {
            throw new IllegalStateException("no badge keys configured");
        }
        int active = activeKeyId != null ? activeKeyId : idOf(entries.getFirst(), 0);
        Map<Integer, PublicKey> publicKeys = new HashMap<>();
        PrivateKey signingKey = null;
        for (int i = 0; i < entries.size(); i++) {
            ConfiguredBadgeKey entry = entries.get(i);
            int id = idOf(entry, i);
            if (isBlank(entry.publicKey())) {
                throw new IllegalStateException("badge key " + id + " has no publicKey");
            }
            try {
                if (publicKeys.put(id, BadgeKeys.decodePublic(entry.publicKey())) != null) {
                    throw new IllegalStateException("badge key id " + id + " is configured twice");
                }
                if (id == active) {
                    if (isBlank(entry.privateKey())) {
                        throw new IllegalStateException("the active badge key " + id + " has no privateKey");
                    }
                    signingKey = BadgeKeys.decodePrivate(entry.privateKey());
                }
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("badge key " + id + " is not a Base64 Ed25519 key: " + e.getMessage());
            }
        }
        if (signingKey == null) {
            throw new IllegalStateException("the active badge key " + active + " is not among the configured keys");
        }
        try {
            return new BadgeKeys(active, signingKey, publicKeys);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static int idOf(ConfiguredBadgeKey entry, int index) {
        if (entry.id() == null) {
            throw new IllegalStateException("badge key #" + index + " has no id");
        }
        try {
            BadgeKeys.checkKeyId(entry.id());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return entry.id();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @Override
    public String toString() {
        return "ConfiguredBadgeKey[id=" + id + "]";
    }
}
