package org.cti.convene.badges;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * The wire format of a badge QR: {@code CV1:} followed by the {@link Base43} of
 * {@code registrationId(16) eventId(16) version(2) keyId(1) signature(64)}, 150 characters in all, within the
 * 154 alphanumeric characters of a version 6 QR code at level M. The signature covers the prefix and the first
 * 35 bytes, so neither the format version nor the key id can be swapped without breaking it.
 */
final class BadgePayload {

    static final String PREFIX = "CV1:";
    static final int CLAIM_BYTES = 16 + 16 + 2 + 1;
    static final int SIGNATURE_BYTES = 64;
    static final int BODY_BYTES = CLAIM_BYTES + SIGNATURE_BYTES;
    static final int LENGTH = PREFIX.length() + Base43.encodedLength(BODY_BYTES);
    static final int MAX_KEY_ID = 0xFF;

    private static final byte[] PREFIX_BYTES = PREFIX.getBytes(StandardCharsets.US_ASCII);

    private BadgePayload() {}

    /** The bytes that get signed: the prefix (domain separation) and the claim with its key id. */
    static byte[] signedBytes(BadgeClaim claim, int keyId) {
        return ByteBuffer.allocate(PREFIX_BYTES.length + CLAIM_BYTES)
                .put(PREFIX_BYTES)
                .putLong(claim.registrationId().getMostSignificantBits())
                .putLong(claim.registrationId().getLeastSignificantBits())
                .putLong(claim.eventId().getMostSignificantBits())
                .putLong(claim.eventId().getLeastSignificantBits())
                .putShort((short) claim.version())
                .put((byte) keyId)
                .array();
    }

    static String write(byte[] signedBytes, byte[] signature) {
        byte[] body = new byte[BODY_BYTES];
        System.arraycopy(signedBytes, PREFIX_BYTES.length, body, 0, CLAIM_BYTES);
        System.arraycopy(signature, 0, body, CLAIM_BYTES, SIGNATURE_BYTES);
        return PREFIX + Base43.encode(body);
    }

    /** A payload taken apart, not yet checked. */
    record Parts(BadgeClaim claim, int keyId, byte[] signedBytes, byte[] signature) {}

    /** Takes a scanned text apart, or returns null if it is not shaped like a payload; never throws. */
    static Parts read(String scanned) {
        if (scanned == null || scanned.length() > LENGTH + 16) {
            return null;
        }
        // hand scanners in keyboard mode often append CR/LF or a tab
        String text = scanned.strip();
        if (text.length() != LENGTH || !text.startsWith(PREFIX)) {
            return null;
        }
        byte[] body = Base43.decode(text, PREFIX.length(), text.length(), BODY_BYTES);
        if (body == null) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(body);
        UUID registration = new UUID(in.getLong(), in.getLong());
        UUID event = new UUID(in.getLong(), in.getLong());
        int version = in.getShort() & 0xFFFF;
        int keyId = in.get() & 0xFF;
        byte[] signed = new byte[PREFIX_BYTES.length + CLAIM_BYTES];
        System.arraycopy(PREFIX_BYTES, 0, signed, 0, PREFIX_BYTES.length);
        System.arraycopy(body, 0, signed, PREFIX_BYTES.length, CLAIM_BYTES);
        byte[] signature = Arrays.copyOfRange(body, CLAIM_BYTES, BODY_BYTES);
        return new Parts(new BadgeClaim(registration, event, version), keyId, signed, signature);
    }
}
