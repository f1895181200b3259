package org.cti.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Accessibility;
import org.cti.convene.support.Browser;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People using Convene in Debian's Chromium, with an accessibility audit of every page they see. */
@IntegrationTest
class BrowserJourneysTests {

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
    }

    @Test
    void anOrganiserSignsInCreatesAndPublishesAnEvent() {
        try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
            WebDriver page = browser.driver();
            page.get(url("/console/login"));
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.name("username")).sendKeys(Staff.ORGANISER);
            page.findElement(By.name("password")).sendKeys(Staff.PASSWORD);
            // a script click returns at once; a native click on this form sometimes stalls the headless renderer
            ((org.openqa.selenium.JavascriptExecutor) page)
                    .executeScript(
                            "arguments[0].click();", page.findElement(By.cssSelector("form button[type=submit]")));
            waitForPath(page, "/console/events");
            Accessibility.assertNoSeriousViolations(page);

            page.get(url("/console/events/new"));
            String slug = "browser-" + UUID.randomUUID().toString().substring(0, 8);
            LocalDateTime start = LocalDateTime.now()
                    .plusDays(20)
                    .withHour(13)
                    .withMinute(0)
                    .withSecond(0)
                    .withNano(0);
            new Select(page.findElement(By.name("kind"))).selectByValue("HIGH_LEVEL_EVENT");
            type(page, "slug", slug);
            type(page, "title[en]", "Browser-made side event");
            type(page, "venue.name", "Palais des Nations, Room XXIV");
            type(page, "venue.city", "Geneva");
            new Select(page.findElement(By.name("venue.countryCode"))).selectByValue("CH");
            new Select(page.findElement(By.name("venue.timeZone"))).selectByValue("Europe/Zurich");
            dateTime(page, "startsAt", start);
            dateTime(page, "endsAt", start.plusMinutes(90));
            type(page, "capacity", "80");
            page.findElement(By.id("access")).click();
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.cssSelector("form.event-form button[type=submit]"))
                    .click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().matches(".*/console/events/[0-9a-f-]{36}.*"));
            assertThat(page.getPageSource()).contains("Browser-made side event");

            page.findElement(By.cssSelector("form[action$='/publish'] button")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> d.getPageSource().contains("/events/" + slug));
            page.get(url("/events/" + slug));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Browser-made side event");
            assertThat(page.getPageSource()).contains("Europe/Zurich");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void anOrganiserApprovesAPendingRegistrationAndExportsTheList() throws Exception {
        org.springframework.test.web.reactive.server.WebTestClient api = Staff.as(
                org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
                        .baseUrl(url(""))
                        .build(),
                Staff.ORGANISER);
        UUID event = org.cti.convene.support.PublishedEvents.open(api, 20, true, true);
        java.util.Map<String, Object> amina = org.cti.convene.support.Delegates.person("Амина", "Диалло", "SN");
        api.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(amina)
                .exchange()
                .expectStatus()
                .isCreated();
        try (Browser browser = Browser.open(Browser.DESKTOP, "en")) {
            WebDriver page = browser.driver();
            signIn(page);
            page.get(url("/console/events/" + event + "/registrations"));
            Accessibility.assertNoSeriousViolations(page);
            assertThat(page.getPageSource()).contains("Амина").contains("PENDING_APPROVAL");
            page.findElement(By.cssSelector("form[action$='/approve'] button")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> !d.getPageSource().contains("form[action$='/approve']")
                            && d.findElements(By.cssSelector("form[action$='/approve'] button"))
                                    .isEmpty());
            Accessibility.assertNoSeriousViolations(page);

            String csvHref = page.findElement(By.cssSelector("a[href*='registrations.csv']"))
                    .getAttribute("href");
            String cookies = page.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
            var response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            java.net.http.HttpRequest.newBuilder(java.net.URI.create(csvHref))
                                    .header("Cookie", cookies)
                                    .build(),
                            java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("Амина").contains("Диалло").contains("CONFIRMED");
        }
    }

    private void signIn(WebDriver page) {
        page.get(url("/console/login"));
        page.findElement(By.name("username")).sendKeys(Staff.ORGANISER);
        page.findElement(By.name("password")).sendKeys(Staff.PASSWORD);
        // a script click returns at once; a native click on this form sometimes stalls the headless renderer
        ((org.openqa.selenium.JavascriptExecutor) page)
                .executeScript("arguments[0].click();", page.findElement(By.cssSelector("form button[type=submit]")));
        waitForPath(page, "/console/events");
    }

    @Test
    void switchingToArabicTurnsThePageRightToLeft() {
        try (Browser browser = Browser.open(Browser.PHONE, "en")) {
            WebDriver page = browser.driver();
            page.get(url("/"));
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.cssSelector("a[hreflang=ar]")).click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> "rtl".equals(d.findElement(By.tagName("html")).getAttribute("dir")));
            WebElement html = page.findElement(By.tagName("html"));
            assertThat(html.getAttribute("lang")).isEqualTo("ar");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("الفعاليات القادمة");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void waitForPath(WebDriver page, String path) {
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(path));
    }

    private static void type(WebDriver page, String name, String value) {
        WebElement input = page.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    /** datetime-local inputs take typed digits in the browser's locale order; set the value directly. */
    private static void dateTime(WebDriver page, String name, LocalDateTime value) {
        WebElement input = page.findElement(By.name(name));
        ((org.openqa.selenium.JavascriptExecutor) page)
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        input,
                        value.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
    }
}
