package org.cti.convene.badges;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * Bytes as a base-43 number written with the QR alphanumeric characters minus space and ':' (so ':' can only be
 * a separator and no scanner or form trims a payload that ends in a space). QR alphanumeric mode stores two
 * such characters in 11 bits, 5.5 bits each; base 43 carries log2(43) = 5.43 of them, against 5 for Base32.
 * That difference is what fits a 99-byte signed badge into a version 6 QR code at level M (154 characters):
 * Base32 needs 159 characters for the payload alone.
 *
 * <p>Fixed length for a given byte count, digits big-endian, left-padded with '0'. Decoding is strict: any
 * other length, character or a value beyond the byte count is refused, so a byte string has exactly one
 * encoding and a changed character can never decode to the same bytes.
 */
final class Base43 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$%*+-./";

    private static final BigInteger BASE = BigInteger.valueOf(ALPHABET.length());
    private static final byte[] VALUES = new byte[128];
    private static final int[] LENGTHS = new int[128];

    static {
        Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            VALUES[ALPHABET.charAt(i)] = (byte) i;
        }
        for (int bytes = 0; bytes < LENGTHS.length; bytes++) {
            LENGTHS[bytes] = digitsFor(bytes);
        }
    }

    private Base43() {}

    /** The smallest number of digits that can hold any value of {@code bytes} bytes. */
    static int encodedLength(int bytes) {
        return bytes < LENGTHS.length ? LENGTHS[bytes] : digitsFor(bytes);
    }

    private static int digitsFor(int bytes) {
        // exact integer arithmetic: a floating-point ceil(8n / log2 43) could be off by one at a boundary
        BigInteger limit = BigInteger.ONE.shiftLeft(8 * bytes);
        int digits = 0;
        for (BigInteger reach = BigInteger.ONE; reach.compareTo(limit) < 0; reach = reach.multiply(BASE)) {
            digits++;
        }
        return digits;
    }

    static String encode(byte[] data) {
        int length = encodedLength(data.length);
        char[] out = new char[length];
        BigInteger value = new BigInteger(1, data);
        for (int i = length - 1; i >= 0; i--) {
            BigInteger[] qr = value.divideAndRemainder(BASE);
            out[i] = ALPHABET.charAt(qr[1].intValue());
            value = qr[0];
        }
        return new String(out);
    }

    /** Decodes {@code text[from..to)} into exactly {@code length} bytes, or returns null. */
    static byte[] decode(CharSequence text, int from, int to, int length) {
        if (to - from != encodedLength(length)) {
            return null;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int digit = c < VALUES.length ? VALUES[c] : -1;
            if (digit < 0) {
                return null;
            }
            value = value.multiply(BASE).add(BigInteger.valueOf(digit));
        }
        if (value.bitLength() > 8 * length) {
            return null;
        }
        byte[] magnitude = value.toByteArray(); // may carry a leading sign byte, or be shorter than length
        byte[] out = new byte[length];
        int copy = Math.min(magnitude.length, length);
        System.arraycopy(magnitude, magnitude.length - copy, out, length - copy, copy);
        return out;
    }
}
