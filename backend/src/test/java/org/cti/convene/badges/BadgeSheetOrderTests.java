package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.badges.BadgeRendererTests.crop;
import static org.cti.convene.badges.BadgeRendererTests.decodeOne;
import static org.cti.convene.badges.BadgeRendererTests.renderPage;
import static org.cti.convene.badges.BadgeRendererTests.signer;
import static org.cti.convene.badges.BadgeRendererTests.verifier;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.cti.convene.badges.VerifiedBadge.Valid;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A sheet is prepared on several threads, a few pages per task, and assembled on one. A printed sheet must not
 * show it: every badge in its own slot, in the order asked for, with the QR of that same person.
 */
class BadgeSheetOrderTests {

    static final int SHEET = 43; // six A4 pages, the last one not full; three tasks of two pages
    static final String[] NAMES = {"Zoë Ñúñez-Øster", "آمنة ديالو", "阿米娜·迪亚洛", "Амина Диалло", "Αθηνά Παπαδοπούλου"};
    static final Pattern ID = Pattern.compile("/ID \\[<[0-9A-F]+> <[0-9A-F]+>]");

    // more threads than cores and every task in flight at once, so tasks finish out of order
    static final Scheduler workers = Schedulers.newParallel("sheet-order-test", 4);
    static final BadgeRenderer renderer = new BadgeRenderer(workers, 8);

    @AfterAll
    static void stopWorkers() {
        workers.dispose();
    }

    @Test
    void everyBadgeOfAMultiPageSheetIsInItsSlotWithItsOwnQr() throws Exception {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < SHEET; i++) {
            people.add(UUID.randomUUID());
        }
        UUID event = UUID.randomUUID();

        // the payloads are signed on the preparing workers, as the organiser's sheet is
        byte[] pdf = renderer.renderAsync(
                        people, person -> badge(people.indexOf(person), person, event), BadgeLayout.A4_SHEET)
                .block();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderPage(pdf, page);
                for (int slot = 0; slot < 8 && page * 8 + slot < SHEET; slot++) {
                    int i = page * 8 + slot;
                    Box box = BadgeLayout.A4_SHEET.slot(slot);
                    assertThat(textIn(document, page, box)).as("badge %d", i).contains(function(i));
                    String payload = decodeOne(crop(image, box));
                    assertThat(verifier.verify(payload))
                            .as("QR of badge %d", i)
                            .isInstanceOfSatisfying(
                                    Valid.class,
                                    valid -> assertThat(valid.claim().registrationId())
                                            .isEqualTo(people.get(i)));
                }
            }
            assertThat(textIn(document, 5, BadgeLayout.A4_SHEET.slot(3))).doesNotContain("Badge");
        }
    }

    @Test
    void singleBadgesComeOutOnePerPageInOrder() throws IOException {
        List<BadgeData> badges = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            badges.add(badge(i, UUID.randomUUID(), UUID.randomUUID()));
        }

        byte[] pdf = renderer.renderAsync(badges, BadgeLayout.SINGLE).block();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(37);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < 37; i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                assertThat(stripper.getText(document)).as("page %d", i + 1).contains(function(i));
            }
        }
    }

    @Test
    void theSheetIsTheSameDocumentWhicheverThreadsPreparedIt() {
        List<BadgeData> badges = new ArrayList<>();
        for (int i = 0; i < SHEET; i++) {
            badges.add(badge(i, UUID.randomUUID(), UUID.randomUUID()));
        }

        byte[] parallel = renderer.renderAsync(badges, BadgeLayout.A4_SHEET).block();
        byte[] oneThread = renderer.render(badges, BadgeLayout.A4_SHEET);

        // only the document id, random by design, may differ
        assertThat(withoutId(parallel)).isEqualTo(withoutId(oneThread));
    }

    static BadgeData badge(int i, UUID person, UUID event) {
        return new BadgeData(
                NAMES[i % NAMES.length],
                function(i),
                i % 2 == 0 ? "Ministère de la Justice, Sénégal" : "中国常驻日内瓦代表团",
                i % 3 == 0 ? "SPEAKER" : "DELEGATE",
                "Preventing torture in police custody — HRC61 side event",
                "10 March 2027 · Palais des Nations, Geneva",
                signer.sign(new BadgeClaim(person, event, 1)));
    }

    /** A line in Latin script that names the badge's place in the list, so text extraction finds it as typed. */
    static String function(int i) {
        return "Badge %02d of the list".formatted(i + 1);
    }

    static String textIn(PDDocument document, int page, Box box) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        float pageHeight = document.getPage(page).getMediaBox().getHeight();
        // the stripper measures from the top of the page, PDF from the bottom
        stripper.addRegion("slot", new Rectangle2D.Float(box.x(), pageHeight - box.top(), box.width(), box.height()));
        stripper.extractRegions(document.getPage(page));
        return stripper.getTextForRegion("slot");
    }

    static String withoutId(byte[] pdf) {
        return ID.matcher(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1))
                .replaceAll("");
    }
}
