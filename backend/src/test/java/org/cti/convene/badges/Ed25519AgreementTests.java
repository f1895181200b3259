package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The door trusts Bouncy Castle's Ed25519 instead of the JDK's (ADR 0003): on valid, tampered, truncated and
 * non-canonical signatures the two must give the same answer, or a forged badge could pass or a real one fail.
 */
class Ed25519AgreementTests {

    /** The order of the Ed25519 base point; S + L is the classic malleated, non-canonical signature. */
    private static final BigInteger L =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    private static final int KEYS = 10;

    private final Random random = new Random(20261203);

    @Test
    void bouncyCastleAndTheJdkAgreeOnEverySignatureOfTheCorpus() throws Exception {
        int checked = 0;
        int accepted = 0;
        for (int k = 0; k < KEYS; k++) {
            KeyPair pair = BadgeKeys.newKeyPair();
            KeyPair other = BadgeKeys.newKeyPair();
            VerificationKey fast = VerificationKey.of(pair.getPublic());
            for (byte[] message : messages()) {
                byte[] valid = jdkSign(pair, message);
                for (Case c : corpus(message, valid, jdkSign(other, message))) {
                    boolean jdk = jdkVerifies(pair.getPublic(), c.message(), c.signature());
                    assertThat(fast.verifies(c.message(), c.signature()))
                            .as("%s, key %d", c.name(), k)
                            .isEqualTo(jdk);
                    checked++;
                    accepted += jdk ? 1 : 0;
                }
            }
        }
        // one valid signature per message; everything else in the corpus must have been refused by both
        assertThat(accepted).isEqualTo(KEYS * messages().size());
        assertThat(checked).isGreaterThan(KEYS * 6 * 130);
    }

    @Test
    void signaturesAreByteForByteThoseOfTheJdk() throws Exception {
        KeyPair pair = BadgeKeys.newKeyPair();
        BadgeKeys keys = new BadgeKeys(7, pair.getPrivate(), java.util.Map.of(7, pair.getPublic()));
        for (byte[] message : messages()) {
            assertThat(keys.signer().sign(message)).isEqualTo(jdkSign(pair, message));
        }
    }

    @Test
    void aPublicKeyThatIsNoCurvePointOrNotEd25519IsRefusedAtStartUp() throws Exception {
        PublicKey rsa = java.security.KeyPairGenerator.getInstance("RSA")
                .generateKeyPair()
                .getPublic();
        assertThatIllegalArgumentException().isThrownBy(() -> VerificationKey.of(rsa));
        // y = 2 has no x on the curve: such a key could never have signed anything
        byte[] notAPoint = new byte[32];
        notAPoint[0] = 2;
        PublicKey bogus = BadgeKeys.decodePublic(java.util.Base64.getEncoder()
                .encodeToString(concat(java.util.HexFormat.of().parseHex("302a300506032b6570032100"), notAPoint)));
        assertThatIllegalArgumentException().isThrownBy(() -> VerificationKey.of(bogus));
    }

    private record Case(String name, byte[] message, byte[] signature) {}

    private List<byte[]> messages() {
        Random fixed = new Random(42);
        List<byte[]> messages = new ArrayList<>();
        for (int length : new int[] {0, 1, 39, 39, 64, 200}) {
            byte[] m = new byte[length];
            fixed.nextBytes(m);
            messages.add(m);
        }
        return messages;
    }

    private List<Case> corpus(byte[] message, byte[] valid, byte[] byAnotherKey) {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("valid", message, valid));
        cases.add(new Case("another key's signature", message, byAnotherKey));
        cases.add(new Case("all zeros", message, new byte[64]));
        for (int i = 0; i < 64; i++) {
            byte[] tampered = valid.clone();
            tampered[i] ^= (byte) (1 << random.nextInt(8));
            cases.add(new Case("bit flipped in byte " + i, message, tampered));
            cases.add(new Case("truncated to " + i, message, Arrays.copyOf(valid, i)));
        }
        cases.add(new Case("one byte too many", message, Arrays.copyOf(valid, 65)));
        cases.add(new Case("S + L", message, malleated(valid)));
        if (message.length > 0) {
            byte[] changed = message.clone();
            changed[random.nextInt(changed.length)] ^= 1;
            cases.add(new Case("message changed", changed, valid));
            cases.add(new Case("message truncated", Arrays.copyOf(message, message.length - 1), valid));
        }
        return cases;
    }

    /** The same signature with S replaced by S + L: valid arithmetic, refused by RFC 8032's canonical check. */
    private static byte[] malleated(byte[] signature) {
        byte[] littleEndianS = Arrays.copyOfRange(signature, 32, 64);
        BigInteger s = new BigInteger(1, reversed(littleEndianS)).add(L);
        byte[] big = s.toByteArray();
        byte[] out = signature.clone();
        byte[] le = reversed(Arrays.copyOfRange(big, Math.max(0, big.length - 32), big.length));
        Arrays.fill(out, 32, 64, (byte) 0);
        System.arraycopy(le, 0, out, 32, le.length);
        return out;
    }

    private static byte[] reversed(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] jdkSign(KeyPair pair, byte[] message) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(pair.getPrivate());
        signature.update(message);
        return signature.sign();
    }

    private static boolean jdkVerifies(PublicKey key, byte[] message, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
