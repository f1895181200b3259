package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.cti.convene.badges.VerifiedBadge.Invalid;
import org.cti.convene.badges.VerifiedBadge.Reason;
import org.cti.convene.badges.VerifiedBadge.Valid;
import org.junit.jupiter.api.Test;

class BadgePayloadTests {

    static final String QR_ALPHANUMERIC = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    final BadgeKeys keys = BadgeKeys.generate(7);
    final BadgeSigner signer = new BadgeSigner(keys);
    final BadgeVerifier verifier = new BadgeVerifier(keys);
    final BadgeClaim claim = new BadgeClaim(UUID.randomUUID(), UUID.randomUUID(), 3);

    @Test
    void aSignedClaimVerifiesAsItself() {
        String payload = signer.sign(claim);

        assertThat(verifier.verify(payload)).isEqualTo(new Valid(claim, 7));
    }

    @Test
    void thePayloadIsQrAlphanumericAndFitsVersion6AtLevelM() throws Exception {
        BadgeClaim largest = new BadgeClaim(new UUID(-1, -1), new UUID(-1, -1), BadgeClaim.MAX_VERSION);
        for (BadgeClaim c : new BadgeClaim[] {claim, largest}) {
            String payload = signer.sign(c);

            assertThat(payload).startsWith("CV1:").hasSize(150);
            assertThat(payload.chars()).allMatch(ch -> QR_ALPHANUMERIC.indexOf(ch) >= 0);
            assertThat(Encoder.encode(payload, ErrorCorrectionLevel.M)
                            .getVersion()
                            .getVersionNumber())
                    .isLessThanOrEqualTo(6);
            assertThat(verifier.verify(payload)).isEqualTo(new Valid(c, 7));
        }
    }

    @Test
    void aScannerLineEndIsTolerated() {
        assertThat(verifier.verify(signer.sign(claim) + "\r\n")).isEqualTo(new Valid(claim, 7));
    }

    @Test
    void everySingleBitFlipIsRejected() {
        String payload = signer.sign(claim);
        for (int i = 0; i < payload.length(); i++) {
            for (int bit = 0; bit < 16; bit++) {
                char[] chars = payload.toCharArray();
                chars[i] ^= (char) (1 << bit);

                assertThat(verifier.verify(new String(chars)))
                        .as("char %d bit %d", i, bit)
                        .isInstanceOf(Invalid.class);
            }
        }
    }

    @Test
    void alteredClaimOrSignatureIsABadSignature() {
        byte[] body = body(signer.sign(claim));
        byte[] registration = body.clone();
        registration[3] ^= 0x01;
        byte[] version = body.clone();
        version[33] ^= 0x01;
        byte[] signature = body.clone();
        signature[80] ^= 0x40;

        assertThat(verifier.verify(payload(registration))).isEqualTo(new Invalid(Reason.BAD_SIGNATURE));
        assertThat(verifier.verify(payload(version))).isEqualTo(new Invalid(Reason.BAD_SIGNATURE));
        assertThat(verifier.verify(payload(signature))).isEqualTo(new Invalid(Reason.BAD_SIGNATURE));
    }

    @Test
    void aChangedKeyIdIsAnUnknownKey() {
        byte[] body = body(signer.sign(claim));
        body[34] = 8;

        assertThat(verifier.verify(payload(body))).isEqualTo(new Invalid(Reason.UNKNOWN_KEY));
    }

    @Test
    void signedWithAnotherDeploymentsKey() {
        String otherId = new BadgeSigner(BadgeKeys.generate(9)).sign(claim);
        String sameIdOtherKey = new BadgeSigner(BadgeKeys.generate(7)).sign(claim);

        assertThat(verifier.verify(otherId)).isEqualTo(new Invalid(Reason.UNKNOWN_KEY));
        assertThat(verifier.verify(sameIdOtherKey)).isEqualTo(new Invalid(Reason.BAD_SIGNATURE));
    }

    @Test
    void garbageIsMalformedAndNeverThrows() {
        String payload = signer.sign(claim);
        String[] garbage = {
            null,
            "",
            " ",
            "CV1:",
            "hello",
            "https://example.org/badge/123",
            payload.substring(0, payload.length() - 1),
            payload.substring(0, 100),
            payload + "A",
            payload.toLowerCase(),
            "CV2:" + payload.substring(4),
            payload.substring(0, 148) + "==",
            payload.substring(0, 149) + " ",
            payload.substring(0, 149) + "a",
            payload.substring(0, 100) + "é" + payload.substring(101),
            payload.substring(0, 100) + "\uD83D\uDE00" + payload.substring(102),
            payload.substring(0, 100) + "\0" + payload.substring(101),
            "CV1:" + "/".repeat(146), // beyond 2^792
            payload.substring(0, 50) + ":" + payload.substring(51), // a separator inside the data
            "X".repeat(5_000_000),
        };
        for (String g : garbage) {
            assertThat(verifier.verify(g)).as("%.40s", g).isEqualTo(new Invalid(Reason.MALFORMED));
        }
    }

    @Test
    void randomInputNeverVerifiesAndNeverThrows() {
        Random random = new Random(20261127);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder s = new StringBuilder("CV1:");
            // a leading '0' keeps the value below 2^792, so these reach the key and signature checks
            s.append('0');
            for (int i = 1; i < 146; i++) {
                s.append(Base43.ALPHABET.charAt(random.nextInt(Base43.ALPHABET.length())));
            }
            assertThat(verifier.verify(s.toString())).isInstanceOf(Invalid.class);
        }
        for (int n = 0; n < 2_000; n++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            assertThat(verifier.verify(new String(bytes, StandardCharsets.ISO_8859_1)))
                    .isInstanceOf(Invalid.class);
        }
    }

    @Test
    void claimsOutsideTheFormatAreRefused() {
        UUID id = UUID.randomUUID();

        assertThatIllegalArgumentException().isThrownBy(() -> new BadgeClaim(id, id, -1));
        assertThatIllegalArgumentException().isThrownBy(() -> new BadgeClaim(id, id, 65_536));
        assertThatIllegalArgumentException().isThrownBy(() -> BadgeKeys.generate(256));
    }

    @Test
    void wellFormedButUnsignedIsNotMalformed() {
        byte[] zeros = new byte[BadgePayload.BODY_BYTES];
        zeros[34] = 7;

        assertThat(verifier.verify(payload(new byte[BadgePayload.BODY_BYTES])))
                .isEqualTo(new Invalid(Reason.UNKNOWN_KEY));
        assertThat(verifier.verify(payload(zeros))).isEqualTo(new Invalid(Reason.BAD_SIGNATURE));
    }

    @Test
    void base43RoundTripsEveryLengthAndExtremes() {
        Random random = new Random(1);
        for (int length = 0; length < 120; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            byte[] ones = new byte[length];
            Arrays.fill(ones, (byte) 0xFF);
            for (byte[] data : new byte[][] {bytes, ones, new byte[length]}) {
                String text = Base43.encode(data);

                assertThat(text).hasSize(Base43.encodedLength(length));
                assertThat(Base43.decode(text, 0, text.length(), length)).isEqualTo(data);
            }
        }
        assertThat(Base43.encodedLength(BadgePayload.BODY_BYTES)).isEqualTo(146);
    }

    static byte[] body(String payload) {
        return Base43.decode(payload, 4, payload.length(), BadgePayload.BODY_BYTES);
    }

    static String payload(byte[] body) {
        return "CV1:" + Base43.encode(body);
    }
}
