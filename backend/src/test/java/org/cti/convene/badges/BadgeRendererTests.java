package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cti.convene.badges.VerifiedBadge.Valid;
import org.cti.convene.support.RequiredTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadgeRendererTests {

    static final String LONG_NAME = "Maximilian-Alexander Friedrich von Hohenzollern-Sigmaringen y Borbón";
    static final List<String> NAMES =
            List.of("Zoë Ñúñez-Øster Nguyễn", "آمنة ديالو", "阿米娜·迪亚洛", "Амина Диалло", "Αθηνά Παπαδοπούλου", LONG_NAME);
    static final int DPI = 200;

    static final BadgeRenderer renderer = new BadgeRenderer();
    static final BadgeKeys keys = BadgeKeys.generate(1);
    static final BadgeSigner signer = new BadgeSigner(keys);
    static final BadgeVerifier verifier = new BadgeVerifier(keys);

    static BadgeData badge(String name, String role) {
        String payload = signer.sign(new BadgeClaim(UUID.randomUUID(), UUID.randomUUID(), 1));
        return new BadgeData(
                name,
                "Director of Legal Affairs",
                "Ministère de la Justice, Sénégal",
                role,
                "Preventing torture in police custody — HRC61 side event",
                "10 March 2027 · Palais des Nations, Geneva",
                payload);
    }

    static List<BadgeData> multilingual() {
        String[] roles = {"DELEGATE", "SPEAKER", "EXPERT", "ORGANISER", "PRESS", "OBSERVER"};
        return IntStream.range(0, NAMES.size())
                .mapToObj(i -> badge(NAMES.get(i), roles[i % roles.length]))
                .toList();
    }

    @Test
    void namesInEveryScriptAreInTheTextWithEmbeddedSubsetFonts() throws IOException {
        for (BadgeLayout layout : BadgeLayout.values()) {
            byte[] pdf = renderer.render(multilingual(), layout);

            try (PDDocument document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document);
                String flat = text.replaceAll("\\s+", " ");
                assertThat(flat)
                        .contains("Zoë Ñúñez-Øster Nguyễn", "阿米娜·迪亚洛", "Амина Диалло", "Αθηνά Παπαδοπούλου")
                        .contains("Maximilian-Alexander Friedrich", "Hohenzollern-Sigmaringen y Borbón")
                        .contains("DELEGATE", "SPEAKER", "PRESS", "OBSERVER", "Ministère de la Justice");
                // Arabic comes back as presentation forms; NFKC folds them to the letters
                String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
                assertThat(folded).containsAnyOf("آمنة", "ةنمآ");
                assertThat(folded).containsAnyOf("ديالو", "ولايد");
                assertThat(text).doesNotContain("?");

                Set<String> fonts = new TreeSet<>();
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertThat(font).isInstanceOf(PDType0Font.class);
                        var descriptor =
                                ((PDType0Font) font).getDescendantFont().getFontDescriptor();
                        assertThat(descriptor.getFontFile2()).as(font.getName()).isNotNull();
                        assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
                        fonts.add(font.getName().substring(7));
                    }
                }
                assertThat(fonts)
                        .contains("NotoSans-Bold", "NotoSans-Regular", "NotoSansArabic-Bold", "DroidSansFallback");
            }
        }
    }

    @Test
    void theSingleBadgeQrDecodesToTheSignedPayload() throws Exception {
        BadgeData badge = badge("Αθηνά Παπαδοπούλου", "SPEAKER");
        byte[] pdf = renderer.render(badge, BadgeLayout.SINGLE);

        BufferedImage image = renderPage(pdf, 0);

        Result result = new MultiFormatReader().decode(bitmap(image), hints());
        assertThat(result.getText()).isEqualTo(badge.qrPayload());
        assertThat(verifier.verify(result.getText())).isInstanceOf(Valid.class);
        // finder pattern centres are 41 - 7 = 34 modules apart in a version 6 symbol of 41 modules
        ResultPoint[] finders = result.getResultPoints();
        double finderDistance = ResultPoint.distance(finders[1], finders[2]);
        double symbolMillimetres = finderDistance * 41 / 34 / DPI * 25.4;
        assertThat(symbolMillimetres).isGreaterThanOrEqualTo(25);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(288);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(216);
        }
    }

    @Test
    void anA4SheetOfTenHasTwoPagesAndEveryQrOfThePageDecodes() throws Exception {
        List<BadgeData> badges = new ArrayList<>(multilingual());
        badges.addAll(multilingual().subList(0, 4));
        byte[] pdf = renderer.render(badges, BadgeLayout.A4_SHEET);
        BufferedImage page = renderPage(pdf, 0);

        for (int slot = 0; slot < 8; slot++) {
            String decoded = decodeOne(crop(page, BadgeLayout.A4_SHEET.slot(slot)));
            assertThat(decoded).as("slot %d", slot).isEqualTo(badges.get(slot).qrPayload());
            assertThat(verifier.verify(decoded)).isInstanceOf(Valid.class);
        }
        // (ZXing's multi-code reader on a whole sheet misses codes depending on the random payloads; the
        // per-slot decoding above, and zbarimg in its own test, are the readers a door actually uses)
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(decodeOne(crop(renderPage(pdf, 1), BadgeLayout.A4_SHEET.slot(1))))
                    .isEqualTo(badges.get(9).qrPayload());
        }
    }

    @Test
    void zbarReadsTheSameQr(@TempDir Path tmp) throws Exception {
        RequiredTool.assumePresent(
                Files.isExecutable(Path.of("/usr/bin/zbarimg")), "zbarimg (zbar-tools) is not installed");
        BadgeData badge = badge("阿米娜·迪亚洛", "EXPERT");
        Path png = tmp.resolve("badge.png");
        ImageIO.write(renderPage(renderer.render(badge, BadgeLayout.SINGLE), 0), "png", png.toFile());

        // stderr stays out: zbar may complain there about a missing D-Bus, which is not our business
        Process zbar = new ProcessBuilder("/usr/bin/zbarimg", "--raw", "-q", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String output = new String(zbar.getInputStream().readAllBytes()).strip();

        assertThat(zbar.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(zbar.exitValue()).isZero();
        assertThat(output).isEqualTo(badge.qrPayload());
    }

    @Test
    void textNoFontCoversPrintsAsQuestionMarksAndOddInputStillRenders() throws IOException {
        List<BadgeData> badges = List.of(
                badge("김민준", "DELEGATE"),
                new BadgeData(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        signer.sign(new BadgeClaim(UUID.randomUUID(), UUID.randomUUID(), 0))),
                badge("مُحَمَّد\u200C بن\u0000 سلمان\n" + "x".repeat(400), "  press "),
                badge("W".repeat(120), "speaker"));

        byte[] pdf = renderer.render(badges, BadgeLayout.A4_SHEET);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("???", "PRESS", "SPEAKER");
        }
    }

    @Test
    void concurrentDocumentsDoNotInterfere() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> renderer.render(multilingual(), BadgeLayout.A4_SHEET)));
            }
            for (Future<byte[]> future : futures) {
                try (PDDocument document = Loader.loadPDF(future.get(60, TimeUnit.SECONDS))) {
                    assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                            .contains("Амина Диалло", "阿米娜·迪亚洛");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theReactiveVariantRendersOffTheCallingThreadOnSubscription() throws IOException {
        var mono = renderer.renderAsync(List.of(badge("Ana Pérez", "DELEGATE")), BadgeLayout.SINGLE);
        String[] thread = new String[1];

        byte[] pdf = mono.doOnNext(bytes -> thread[0] = Thread.currentThread().getName())
                .block();

        assertThat(thread[0]).startsWith("boundedElastic");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ana Pérez");
        }
    }

    @Test
    void noBadgesIsAnError() {
        assertThatIllegalArgumentException().isThrownBy(() -> renderer.render(List.of(), BadgeLayout.A4_SHEET));
    }

    static BufferedImage renderPage(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(page, DPI, ImageType.GRAY);
        }
    }

    /** The part of a page image that shows one badge slot. */
    static BufferedImage crop(BufferedImage page, Box slot) {
        double scale = DPI / 72.0;
        int x = (int) Math.floor(slot.x() * scale);
        int y = (int) Math.floor(page.getHeight() - slot.top() * scale);
        int w = Math.min((int) Math.ceil(slot.width() * scale), page.getWidth() - x);
        int h = Math.min((int) Math.ceil(slot.height() * scale), page.getHeight() - Math.max(0, y));
        return page.getSubimage(x, Math.max(0, y), w, h);
    }

    /**
     * Decodes the QR in an image as a careful scanner would: a second binarizer and a second scale before giving
     * up, since a rasterised vector code can land on pixel boundaries badly for one random payload in many.
     */
    static String decodeOne(BufferedImage image) throws NotFoundException {
        NotFoundException last = null;
        // ZXing misses some random payloads at one scale or binarisation and reads them at another
        for (BufferedImage candidate : List.of(image, scaled(image, 1.5), scaled(image, 2.0), scaled(image, 0.8))) {
            for (BinaryBitmap bitmap : List.of(
                    bitmap(candidate),
                    new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(
                            new BufferedImageLuminanceSource(candidate))))) {
                try {
                    return new MultiFormatReader().decode(bitmap, hints()).getText();
                } catch (NotFoundException e) {
                    last = e;
                }
            }
        }
        throw last;
    }

    private static BufferedImage scaled(BufferedImage image, double factor) {
        int w = (int) (image.getWidth() * factor);
        int h = (int) (image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        g.setRenderingHint(
                java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static BinaryBitmap bitmap(BufferedImage image) {
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    }

    static Map<DecodeHintType, Object> hints() {
        return Map.of(
                DecodeHintType.TRY_HARDER,
                Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE));
    }
}
