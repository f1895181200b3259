package org.cti.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.cti.convene.badges.BadgeClaim;
import org.cti.convene.badges.BadgeSigner;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Accessibility;
import org.cti.convene.support.Browser;
import org.cti.convene.support.Delegates;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.PublishedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The door on a 360 px phone in Chromium: a hand scanner types, the answer appears without a reload. */
@IntegrationTest
class CheckInBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    BadgeSigner signer;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
    }

    @Test
    void aHandScannerTypesTheCodeAndTheAnswerAppearsInPlace() {
        UUID event = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 10, true, false);
        Map<?, ?> amina = client.post()
                .uri("/api/v1/events/{id}/registrations", event)
                .bodyValue(Delegates.amina())
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        String payload = signer.sign(new BadgeClaim(UUID.fromString((String) amina.get("id")), event, 1));

        try (Browser browser = Browser.open(Browser.PHONE, "en")) {
            WebDriver page = browser.driver();
            signIn(page, Staff.CHECKIN);
            page.get(url("/console/check-in"));
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.cssSelector("a[href='/console/check-in?event=" + event + "']"))
                    .click();
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("event=" + event));
            Accessibility.assertNoSeriousViolations(page);
            String url = page.getCurrentUrl();

            // a keyboard-wedge scanner: the code, then Enter, into the field that has the focus
            WebElement input = page.switchTo().activeElement();
            assertThat(input.getAttribute("id")).isEqualTo("payload");
            input.sendKeys(payload + Keys.ENTER);
            WebElement panel = page.findElement(By.id("scan-result"));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> "ADMITTED".equals(panel.getAttribute("data-result")));
            assertThat(panel.getText()).contains("Admitted", "Amina Diallo", "Senegal (SN)", "Delegate");
            assertThat(panel.getAttribute("class")).contains("ok");
            assertThat(page.getCurrentUrl()).as("answered in place, no reload").isEqualTo(url);
            assertThat(input.getAttribute("value"))
                    .as("ready for the next badge")
                    .isEmpty();
            assertThat(page.switchTo().activeElement().getAttribute("id")).isEqualTo("payload");
            Accessibility.assertNoSeriousViolations(page);
            browser.screenshot(Path.of("target/screenshots/checkin-phone-admitted.png"));

            page.findElement(By.id("payload")).sendKeys(payload + Keys.ENTER);
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> "ALREADY_CHECKED_IN".equals(panel.getAttribute("data-result")));
            assertThat(panel.getText()).contains("Already checked in", "by Dario Door");
            Accessibility.assertNoSeriousViolations(page);

            page.findElement(By.id("payload")).sendKeys("https://example.org/not-a-badge" + Keys.ENTER);
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> "INVALID".equals(panel.getAttribute("data-result")));
            assertThat(panel.getAttribute("class")).contains("bad");
            Accessibility.assertNoSeriousViolations(page);
            browser.screenshot(Path.of("target/screenshots/checkin-phone-invalid.png"));

            assertThat(horizontalOverflow(page))
                    .as("nothing wider than a 360 px phone")
                    .isLessThanOrEqualTo(0L);
        }
    }

    @Test
    void attendanceReadsWellOnAPhoneInArabic() {
        UUID event = PublishedEvents.open(Staff.as(client, Staff.ORGANISER), 10, true, false);
        try (Browser browser = Browser.open(Browser.PHONE, "ar")) {
            WebDriver page = browser.driver();
            signIn(page, Staff.ORGANISER);
            page.get(url("/console/events/" + event + "/attendance?lang=ar"));
            assertThat(page.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
            assertThat(page.findElement(By.id("pause")).isDisplayed())
                    .as("the pause button shows with JavaScript")
                    .isTrue();
            Accessibility.assertNoSeriousViolations(page);
            assertThat(horizontalOverflow(page)).isLessThanOrEqualTo(0L);
            browser.screenshot(Path.of("target/screenshots/attendance-phone-ar.png"));
            page.get(url("/console/check-in?event=" + event + "&lang=ar"));
            Accessibility.assertNoSeriousViolations(page);
            assertThat(horizontalOverflow(page)).isLessThanOrEqualTo(0L);
        }
    }

    private void signIn(WebDriver page, String email) {
        page.get(url("/console/login"));
        page.findElement(By.name("username")).sendKeys(email);
        page.findElement(By.name("password")).sendKeys(Staff.PASSWORD);
        page.findElement(By.cssSelector("form button[type=submit]")).click();
        // check-in staff land on the door page, organisers on their events
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl()
                        .contains(email.equals(Staff.CHECKIN) ? "/console/check-in" : "/console/events"));
    }

    private static long horizontalOverflow(WebDriver page) {
        return (Long) ((JavascriptExecutor) page)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
