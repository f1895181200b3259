package org.cti.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.UUID;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Accessibility;
import org.cti.convene.support.Browser;
import org.cti.convene.support.CapturedMail;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.Staff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A secretariat's first day in Chromium: the administrator invites a colleague on a phone in Arabic, the
 * colleague chooses a password through the mailed link, signs in on a desktop, runs the invitations of a
 * meeting, makes an API token and reads the audit log. Every page is checked with axe.
 */
@IntegrationTest
class StaffConsoleBrowserTests {

    static final Path SHOTS = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
    }

    @Test
    void anAdministratorInvitesAColleagueWhoRunsAMeeting() {
        UUID meeting = InvitedEvents.event(Staff.as(client, Staff.ORGANISER), 20);
        String email = "colleague-" + UUID.randomUUID().toString().substring(0, 8) + "@ngo.example";

        try (Browser phone = Browser.open(Browser.PHONE, "ar")) {
            WebDriver page = phone.driver();
            signIn(page, Staff.ADMIN, Staff.ADMIN_PASSWORD, "/console/events");
            page.get(url("/console/staff?lang=ar"));
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.id("email")).sendKeys(email);
            page.findElement(By.id("name")).sendKeys("ليلى حداد");
            new Select(page.findElement(By.id("role"))).selectByValue("ORGANISER");
            new Select(page.findElement(By.id("language"))).selectByValue("ar");
            click(page, page.findElement(By.cssSelector("form[action='/console/staff'] button[type=submit]")));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("done=invited"));
            assertThat(page.getPageSource()).contains(email);
            Accessibility.assertNoSeriousViolations(page);
            phone.screenshot(SHOTS.resolve("console-staff-phone-ar.png"));
            assertThat(horizontalOverflow(page)).isLessThanOrEqualTo(0L);
        }

        String link = CapturedMail.link(email, "staff-invitation");
        try (Browser desktop = Browser.open(Browser.DESKTOP, "en")) {
            WebDriver page = desktop.driver();
            page.get(link.replaceFirst("^https?://[^/]+", url(""))); // the mail names the test's base URL
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.id("password")).sendKeys("a quiet lake under grey skies");
            page.findElement(By.id("confirmation")).sendKeys("a quiet lake under grey skies");
            click(page, page.findElement(By.cssSelector("main form button[type=submit]")));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("/console/login"));
            assertThat(page.getPageSource()).contains("Your password is saved");

            signIn(page, email, "a quiet lake under grey skies", "/console/events");
            assertThat(page.findElement(By.cssSelector(".console-nav")).getText())
                    .contains("Events", "Check-in", "Audit log", "Your account")
                    .doesNotContain("Staff");

            page.get(url("/console/events/" + meeting + "/invitations"));
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.id("type-delegation")).click();
            page.findElement(By.id("name")).sendKeys("Permanent Mission of Ghana");
            page.findElement(By.id("email")).sendKeys("mission@ghana.example");
            new Select(page.findElement(By.id("countryCode"))).selectByValue("GH");
            page.findElement(By.id("seats")).sendKeys("3");
            ((JavascriptExecutor) page)
                    .executeScript(
                            "document.getElementById('expiresAt').value = arguments[0];",
                            LocalDateTime.now()
                                    .plusDays(10)
                                    .withSecond(0)
                                    .withNano(0)
                                    .toString());
            click(
                    page,
                    page.findElement(By.cssSelector("form[method=post][action$='/invitations'] button[type=submit]")));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().contains("done=sent"));
            assertThat(page.getPageSource()).contains("Permanent Mission of Ghana", "0 / 3");
            desktop.screenshot(SHOTS.resolve("console-invitations-desktop-en.png"));

            page.get(url("/console/account"));
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.id("token-name")).sendKeys("attendance script");
            click(page, page.findElement(By.cssSelector("form[action='/console/account/tokens'] button")));
            new WebDriverWait(page, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(By.id("new-token")).isEmpty());
            assertThat(page.findElement(By.id("new-token")).getText()).startsWith("cvn_");
            desktop.screenshot(SHOTS.resolve("console-account-desktop-en.png"));

            page.get(url("/console/audit?eventId=" + meeting));
            Accessibility.assertNoSeriousViolations(page);
            assertThat(page.getPageSource()).contains("invitation.sent", email);
            desktop.screenshot(SHOTS.resolve("console-audit-desktop-en.png"));
        }
    }

    private void signIn(WebDriver page, String email, String password, String landing) {
        page.get(url("/console/login"));
        page.findElement(By.name("username")).sendKeys(email);
        page.findElement(By.name("password")).sendKeys(password);
        click(page, page.findElement(By.cssSelector("main form button[type=submit]")));
        new WebDriverWait(page, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains(landing));
    }

    private static void click(WebDriver page, org.openqa.selenium.WebElement button) {
        // a script click returns at once; a native click on a form sometimes stalls the headless renderer
        ((JavascriptExecutor) page).executeScript("arguments[0].click();", button);
    }

    private static long horizontalOverflow(WebDriver page) {
        return (Long) ((JavascriptExecutor) page)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
