package org.cti.convene.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads badge QR codes back from a rendered PDF, as a phone camera would read the printed page. */
public final class BadgeCodes {

    public static final int DPI = 200;

    private BadgeCodes() {}

    public static BufferedImage page(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every QR code on the page, in no particular order. */
    public static List<String> all(BufferedImage image) {
        try {
            Result[] results = new QRCodeMultiReader()
                    .decodeMultiple(
                            new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                            Map.of(
                                    DecodeHintType.TRY_HARDER,
                                    Boolean.TRUE,
                                    DecodeHintType.POSSIBLE_FORMATS,
                                    List.of(BarcodeFormat.QR_CODE)));
            return Arrays.stream(results).map(Result::getText).toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    /** The one QR code of a single-badge PDF. */
    public static String single(byte[] pdf) {
        List<String> codes = all(page(pdf, 0));
        if (codes.size() != 1) {
            throw new AssertionError("expected one QR code on the badge, found " + codes.size());
        }
        return codes.getFirst();
    }
}
