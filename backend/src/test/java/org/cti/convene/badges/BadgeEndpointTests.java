package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cti.convene.badges.VerifiedBadge.Valid;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.BadgeCodes;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.RequiredTool;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@IntegrationTest
class BadgeEndpointTests {

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BadgeVerifier verifier;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void aConfirmedDelegateDownloadsABadgeWhoseQrCarriesTheirSignedClaim(@TempDir Path tmp) throws Exception {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());

        EntityExchangeResult<byte[]> response = client.get()
                .uri("/api/v1/registrations/me/badge.pdf")
                .header("X-Manage-Token", (String) amina.get("manageToken"))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(byte[].class)
                .returnResult();
        byte[] pdf = response.getResponseBody();

        assertThat(response.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"badge-amina-diallo.pdf\"");
        String payload = BadgeCodes.single(pdf);
        assertThat(verifier.verify(payload)).isInstanceOfSatisfying(Valid.class, valid -> {
            assertThat(valid.claim().registrationId()).isEqualTo(UUID.fromString((String) amina.get("id")));
            assertThat(valid.claim().eventId()).isEqualTo(event);
            assertThat(valid.claim().version()).isEqualTo(1);
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(
                            "Amina Diallo",
                            "Director of Legal Affairs",
                            "Senegal · Ministry of Justice",
                            "DELEGATE",
                            "Preventing torture in police custody",
                            "Palais des Nations");
        }

        // an independent reader agrees, where zbar is installed (CI installs zbar-tools)
        RequiredTool.assumePresent(
                Files.isExecutable(Path.of("/usr/bin/zbarimg")), "zbarimg (zbar-tools) is not installed");
        Path png = tmp.resolve("badge.png");
        ImageIO.write(BadgeCodes.page(pdf, 0), "png", png.toFile());
        Process zbar = new ProcessBuilder("/usr/bin/zbarimg", "--raw", "-q", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String read = new String(zbar.getInputStream().readAllBytes()).strip();
        assertThat(zbar.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(read).isEqualTo(payload);
    }

    @Test
    void aBrowserLinkCarriesTheTokenInTheQueryAndNonLatinNamesKeepTheirScriptInTheFileName() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<String, Object> body = Delegates.person("Амина", "Диалло", "RU");
        Map<?, ?> person = register(event, body);

        EntityExchangeResult<byte[]> response = client.get()
                .uri(u -> u.path("/api/v1/registrations/me/badge.pdf")
                        .queryParam("token", person.get("manageToken"))
                        .build())
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult();

        assertThat(response.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo(
                        "attachment; filename=\"badge-amina-diallo.pdf\"; "
                                + "filename*=UTF-8''badge-%D0%90%D0%BC%D0%B8%D0%BD%D0%B0-%D0%94%D0%B8%D0%B0%D0%BB%D0%BB%D0%BE.pdf");
        assertThat(verifier.verify(BadgeCodes.single(response.getResponseBody()))
                        .isValid())
                .isTrue();
    }

    @Test
    void aWaitlistedPersonHasNoBadgeYetAndIsToldWhy() {
        UUID event = PublishedEvents.open(organiser, 1, true, false);
        register(event, Delegates.amina());
        Map<?, ?> waiting = register(event, Delegates.person("Ivan", "Petrov", "RU"));
        assertThat(waiting.get("status")).isEqualTo("WAITLISTED");

        client.get()
                .uri("/api/v1/registrations/me/badge.pdf")
                .header("X-Manage-Token", (String) waiting.get("manageToken"))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .value(type -> assertThat((String) type).endsWith("/badge-not-available"))
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("waiting list"));
        client.get()
                .uri("/api/v1/registrations/me/badge.pdf")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/v1/registrations/me/badge.pdf")
                .header("X-Manage-Token", "nonsense")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void theOrganiserPrintsOneBadgePerConfirmedParticipantEightToASheet() throws IOException {
        UUID event = PublishedEvents.open(organiser, 9, true, false);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            Map<String, Object> body =
                    Delegates.person("Person" + i, i % 2 == 0 ? "Diallo" : "Mensah", i % 2 == 0 ? "SN" : "GH");
            names.add(body.get("badgeName").toString());
            register(event, body);
        }
        register(event, Delegates.person("Late", "Comer", "FR")); // waitlisted: no badge

        byte[] pdf = organiser
                .get()
                .uri("/api/v1/admin/events/{id}/badges.pdf", event)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PDF)
                .expectHeader()
                .value(
                        HttpHeaders.CONTENT_DISPOSITION,
                        d -> assertThat(d).startsWith("attachment; filename=\"badges-reg-"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(names).doesNotContain("Late Comer");
        }
        List<String> firstSheet = BadgeCodes.all(BadgeCodes.page(pdf, 0));
        assertThat(firstSheet)
                .hasSize(8)
                .allSatisfy(code -> assertThat(verifier.verify(code))
                        .isInstanceOfSatisfying(
                                Valid.class,
                                valid -> assertThat(valid.claim().eventId()).isEqualTo(event)));
        assertThat(BadgeCodes.all(BadgeCodes.page(pdf, 1))).hasSize(1);
    }

    @Test
    void filtersIdsAndTheSingleLayoutSelectWhatIsPrinted() throws IOException {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        Map<?, ?> amina = register(event, Delegates.amina());
        Map<?, ?> kofi = register(event, Delegates.person("Kofi", "Mensah", "GH"));
        register(event, Delegates.person("Ana", "Pérez", "PE"));

        byte[] ghana = organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/badges.pdf")
                        .queryParam("country", "GH")
                        .queryParam("layout", "SINGLE")
                        .build(event))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        assertThat(textOf(ghana)).contains("Kofi Mensah").doesNotContain("Amina Diallo", "Ana Pérez");

        byte[] chosen = organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/badges.pdf")
                        .queryParam("ids", amina.get("id") + "," + kofi.get("id"))
                        .queryParam("layout", "SINGLE")
                        .build(event))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        try (PDDocument document = Loader.loadPDF(chosen)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(textOf(chosen)).contains("Kofi Mensah", "Amina Diallo").doesNotContain("Ana Pérez");

        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/badges.pdf")
                        .queryParam("q", "nobody-like-this")
                        .build(event))
                .exchange()
                .expectStatus()
                .isEqualTo(409)
                .expectBody()
                .jsonPath("$.type")
                .value(t -> assertThat((String) t).endsWith("/no-matching-participants"));
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/badges.pdf")
                        .queryParam("status", "WAITLISTED")
                        .build(event))
                .exchange()
                .expectStatus()
                .isEqualTo(409);
        organiser
                .get()
                .uri(u -> u.path("/api/v1/admin/events/{id}/badges.pdf")
                        .queryParam("layout", "POSTER")
                        .build(event))
                .exchange()
                .expectStatus()
                .isBadRequest();
    }

    @Test
    void onlyStaffOfTheEventPrintItsBadges() {
        UUID event = PublishedEvents.open(organiser, 10, true, false);
        UUID other = PublishedEvents.open(organiser, 10, true, false);
        register(event, Delegates.amina());
        String partner = Staff.scopedOrganiser(accounts, other);

        client.get()
                .uri("/api/v1/admin/events/{id}/badges.pdf", event)
                .exchange()
                .expectStatus()
                .isUnauthorized();
        Staff.as(client, Staff.CHECKIN)
                .get()
                .uri("/api/v1/admin/events/{id}/badges.pdf", event)
                .exchange()
                .expectStatus()
                .isForbidden();
        Staff.as(client, partner)
                .get()
                .uri("/api/v1/admin/events/{id}/badges.pdf", event)
                .exchange()
                .expectStatus()
                .isNotFound();
        Staff.as(client, Staff.ADMIN)
                .get()
                .uri("/api/v1/admin/events/{id}/badges.pdf", event)
                .exchange()
                .expectStatus()
                .isOk();
    }

    private Map<?, ?> register(UUID event, Map<String, Object> body) {
        return client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
