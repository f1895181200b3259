package org.cti.convene.invitations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** Invitation lists uploaded from a spreadsheet: all rows are invited, or none. */
@IntegrationTest
class InvitationCsvTests {

    static final String PROBLEM = "https://convene.dev/problems/";

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    WebTestClient organiser;

    @BeforeEach
    void signIn() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void oneBadRowRefusesTheWholeFileNamingTheRowAndTheReason() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        String csv = """
                type,name,email,language,countryCode,seats
                PERSON,Ana Pérez,%s,es,,
                PERSON,Bad Address,not-an-address,en,,
                DELEGATION,Permanent Mission of Ghana,%s,en,GH,3
                DELEGATION,Permanent Mission of Senegal,%s,fr,SN,
                """.formatted(
                InvitationFixtures.email("ana"), InvitationFixtures.email("gh"), InvitationFixtures.email("sn"));
        upload(event, csv)
                .expectStatus()
                .isBadRequest()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo(PROBLEM + "invalid-input")
                .jsonPath("$.errors.length()")
                .isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'rows[3].email')].message")
                .isEqualTo(java.util.List.of("must be an e-mail address"))
                .jsonPath("$.errors[?(@.field == 'rows[5].seats')].message")
                .isEqualTo(java.util.List.of("is required for a delegation"));

        upload(event, "type,name,email,language,seat\nPERSON,A B,a@example.org,en,1\n")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("rows[1]")
                .jsonPath("$.errors[0].message")
                .value(m -> assertThat((String) m).contains("unknown column 'seat'"));
        upload(event, "type,name,email,language\nPERSON,\"A B,a@example.org,en\n")
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("file");

        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.invitations.length()")
                .isEqualTo(0)
                .jsonPath("$.seats.invited")
                .isEqualTo(0)
                .jsonPath("$.seats.free")
                .isEqualTo(10);
    }

    @Test
    void aGoodFileInvitesEveryRowAndReservesTheDelegationsSeats() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        // as a French spreadsheet exports it: semicolons, byte-order mark, headers in another case
        String csv = "\uFEFFType;Name;Email;Language;Country Code;Seats\r\n"
                + "person;Ana Pérez;" + InvitationFixtures.email("ana") + ";es;;\r\n"
                + "DELEGATION;\"Mission permanente du Sénégal; Genève\";" + InvitationFixtures.email("sn")
                + ";fr;sn;4\r\n"
                + ";;;;;\r\n";
        upload(event, csv)
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(2)
                .jsonPath("$[0].type")
                .isEqualTo("PERSON")
                .jsonPath("$[0].name")
                .isEqualTo("Ana Pérez")
                .jsonPath("$[1].name")
                .isEqualTo("Mission permanente du Sénégal; Genève")
                .jsonPath("$[1].countryCode")
                .isEqualTo("SN")
                .jsonPath("$[1].seats")
                .isEqualTo(4)
                .jsonPath("$[1].status")
                .isEqualTo("SENT")
                .jsonPath("$[1].reminderOffsetsHours[0]")
                .isEqualTo(72)
                .jsonPath("$[1].reminderOffsetsHours[1]")
                .isEqualTo(24);
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .exchange()
                .expectBody()
                .jsonPath("$.seats.invited")
                .isEqualTo(4)
                .jsonPath("$.seats.free")
                .isEqualTo(6);
    }

    @Test
    void aFileCanBeUploadedAsAForm() {
        UUID event = InvitationFixtures.event(organiser, 10, "INVITATION_ONLY", false);
        String csv = "type,name,email,language,countryCode,seats\nDELEGATION,Mission of Chile,"
                + InvitationFixtures.email("cl") + ",es,CL,2\n";
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "invitations.csv";
                    }
                })
                .contentType(MediaType.parseMediaType("text/csv"));
        form.part("expiresAt", InvitationFixtures.inDays(10).toString());
        form.part("skipApproval", "false");
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(1)
                .jsonPath("$[0].countryCode")
                .isEqualTo("CL")
                .jsonPath("$[0].skipApproval")
                .isEqualTo(false);

        MultipartBodyBuilder noDeadline = new MultipartBodyBuilder();
        noDeadline.part("file", csv.replace("Chile", "Peru").replace(",CL,", ",PE,"));
        organiser
                .post()
                .uri("/api/v1/admin/events/{id}/invitations", event)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(noDeadline.build()))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("expiresAt");
    }

    private WebTestClient.ResponseSpec upload(UUID event, String csv) {
        return organiser
                .post()
                .uri(u -> u.path("/api/v1/admin/events/{id}/invitations")
                        .queryParam("expiresAt", "{expiresAt}")
                        .queryParam("reminderOffsetsHours", "24", "72")
                        .build(event, InvitationFixtures.inDays(10).toString()))
                .contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv)
                .exchange();
    }
}
