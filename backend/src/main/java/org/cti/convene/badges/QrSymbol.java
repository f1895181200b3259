package org.cti.convene.badges;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.util.Matrix;

/**
 * A QR code drawn as vector rectangles. In a grid scaled to one unit per module every coordinate is a small
 * integer, which keeps the content stream small (floats in page coordinates made files 2.4 times larger), and
 * unlike a bitmap it stays sharp at any printer or scanner resolution. Encoding (most of a sheet's CPU: ZXing
 * scores all eight masks) and finding the rectangles need no document, so they run on the preparing workers.
 */
final class QrSymbol {

    /** Modules of white a reader needs around the symbol; the layout keeps that space clear. */
    static final int QUIET_ZONE = 4;

    private final int size;
    /** Horizontal runs of dark modules: column, row (0 at the bottom) and length, three ints each. */
    private final int[] runs;

    private QrSymbol(int size, int[] runs) {
        this.size = size;
        this.runs = runs;
    }

    /** Error correction M: a badge gets creased and scratched, and a signed payload still fits version 6. */
    static QrSymbol encode(String payload) {
        try {
            // signed payloads are alphanumeric; only other text needs UTF-8 (and the ECI header it brings)
            Map<EncodeHintType, ?> hints =
                    payload.chars().allMatch(c -> c < 0x80) ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, "UTF-8");
            return of(Encoder.encode(payload, ErrorCorrectionLevel.M, hints).getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload too long for a badge (" + payload.length() + " chars)", e);
        }
    }

    private static QrSymbol of(ByteMatrix modules) {
        int n = modules.getWidth();
        int[] runs = new int[3 * n * (n + 1) / 2];
        int count = 0;
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (modules.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row) == 1) {
                    col++;
                }
                runs[count++] = start;
                runs[count++] = n - 1 - row;
                runs[count++] = col - start;
            }
        }
        return new QrSymbol(n, Arrays.copyOf(runs, count));
    }

    int size() {
        return size;
    }

    /** Draws the symbol (without quiet zone) with its lower left corner at (x, y), {@code side} points wide. */
    void draw(PDPageContentStream content, float x, float y, float side) throws IOException {
        float module = side / size;
        content.saveGraphicsState();
        content.transform(new Matrix(module, 0, 0, module, x, y));
        content.setNonStrokingColor(0f);
        for (int i = 0; i < runs.length; i += 3) {
            content.addRect(runs[i], runs[i + 1], runs[i + 2], 1);
        }
        content.fill();
        content.restoreGraphicsState();
    }
}
