package org.cti.convene.browser;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cti.convene.staff.StaffAccounts;
import org.cti.convene.support.Accessibility;
import org.cti.convene.support.Browser;
import org.cti.convene.support.IntegrationTest;
import org.cti.convene.support.InvitedEvents;
import org.cti.convene.support.PublishedEvents;
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
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Delegates in Debian's Chromium: registering on a phone, cancelling with the private link, and a
 * delegation's contact answering the invitation mail. Every page they see is audited with axe-core.
 */
@IntegrationTest
class DelegateJourneysTests {

    private static final Path MAIL = Path.of("target/convene-test/mail");
    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{22,})");

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient client;

    @Autowired
    StaffAccounts accounts;

    WebTestClient organiser;

    @BeforeEach
    void staff() {
        Staff.ensure(accounts);
        organiser = Staff.as(client, Staff.ORGANISER);
    }

    @Test
    void aDelegateRegistersOnAPhoneAndCancelsWithTheirPrivateLink() {
        UUID event = PublishedEvents.open(organiser, 20, true, false);
        try (Browser browser = Browser.open(Browser.PHONE, "en")) {
            WebDriver page = browser.driver();

            // (a) the registration form on a 360 px screen, then the confirmation
            page.get(url("/events/" + event + "/register"));
            Accessibility.assertNoSeriousViolations(page);
            type(page, "honorific", "H.E.");
            type(page, "givenName", "Amina");
            type(page, "familyName", "Diallo");
            type(page, "function", "Director of Legal Affairs");
            type(page, "organisation", "Ministry of Justice");
            new Select(page.findElement(By.name("countryCode"))).selectByValue("SN");
            type(page, "email", InvitedEvents.email("amina.diallo"));
            type(page, "phone", "+221 33 000 00 00");
            new Select(page.findElement(By.name("language"))).selectByValue("fr");
            page.findElement(By.id("consent")).click();
            submit(page, "form#form");
            waitForText(page, "You are registered");
            assertThat(page.findElement(By.cssSelector("main .status")).getText())
                    .isEqualTo("Confirmed");
            assertThat(page.findElement(By.cssSelector("main .status")).getAttribute("class"))
                    .contains("CONFIRMED");
            Accessibility.assertNoSeriousViolations(page);

            // (b) the private link from the confirmation, cancelling in two steps
            page.findElement(By.cssSelector(".private-link a")).click();
            waitForPath(page, "/my/registration?token=");
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("My registration");
            Accessibility.assertNoSeriousViolations(page);
            submit(page, "form[action$='/my/registration/cancel-confirmation']");
            waitForText(page, "Cancel your registration?");
            Accessibility.assertNoSeriousViolations(page);
            submit(page, "form[action$='/my/registration/cancel']");
            waitForText(page, "Your registration is cancelled.");
            WebElement status = page.findElement(By.cssSelector("main .status"));
            assertThat(status.getText()).isEqualTo("Cancelled");
            assertThat(status.getAttribute("class")).contains("CANCELLED");
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    @Test
    void aDelegationAcceptsTheInvitationFromItsMailAndRegistersTwoDelegates() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        UUID event = InvitedEvents.event(organiser, 20);
        Map<String, Object> ghana = InvitedEvents.delegation("GH", 3);
        InvitedEvents.invite(organiser, event, ghana);
        String token = tokenFromMail((String) ghana.get("email"), start, Duration.ofSeconds(20));

        try (Browser browser = Browser.open(Browser.PHONE, "en")) {
            WebDriver page = browser.driver();
            // the mail's decline link only asks; going back to the invitation declines nothing
            page.get(url("/invitations/" + token + "/decline"));
            assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Decline the invitation?");
            assertThat(page.findElement(By.id("reason")).isDisplayed()).isTrue();
            Accessibility.assertNoSeriousViolations(page);
            page.findElement(By.linkText("No, back to the invitation")).click();
            waitForText(page, "Register these delegates");
            assertThat(page.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Invitation for the delegation of Ghana");
            assertThat(page.findElement(By.id("seats")).getText()).isEqualTo("3 granted, 0 used, 3 left");
            Accessibility.assertNoSeriousViolations(page);

            delegate(page, 0, "Kwame", "Asante");
            delegate(page, 1, "Efua", "Owusu");
            page.findElement(By.id("consent")).click();
            submit(page, "form#form");
            waitForText(page, "Thank you, the registration is received");

            List<String> names = page.findElements(By.cssSelector(".person-registered h3")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertThat(names).containsExactly("Kwame Asante", "Efua Owusu");
            assertThat(page.findElements(By.cssSelector(".person-registered .status.CONFIRMED")))
                    .hasSize(2);
            assertThat(page.findElements(By.cssSelector(".person-registered a[href*='/my/registration?token=']")))
                    .hasSize(2);
            assertThat(page.findElement(By.id("seats-left")).getText()).contains("1");
            Accessibility.assertNoSeriousViolations(page);

            // a second visit shows the seat that is left
            page.findElement(By.linkText("Register more people")).click();
            waitForText(page, "3 granted, 2 used, 1 left");
            assertThat(page.findElements(By.cssSelector("fieldset.delegate-block")))
                    .hasSize(1);
            assertThat(page.findElements(By.cssSelector("main tbody .status.CONFIRMED")))
                    .hasSize(2);
            Accessibility.assertNoSeriousViolations(page);
        }
    }

    private static void delegate(WebDriver page, int i, String given, String family) {
        String p = "delegates[" + i + "].";
        type(page, p + "honorific", "H.E.");
        type(page, p + "givenName", given);
        type(page, p + "familyName", family);
        type(page, p + "function", "Counsellor");
        type(page, p + "email", InvitedEvents.email(given + "." + family));
        new Select(page.findElement(By.name(p + "language"))).selectByValue("en");
    }

    /** The accept link of the newest invitation mail to {@code recipient}, as the mission would click it. */
    private static String tokenFromMail(String recipient, Instant since, Duration patience) throws Exception {
        Instant end = Instant.now().plus(patience);
        while (Instant.now().isBefore(end)) {
            if (Files.isDirectory(MAIL)) {
                List<Path> mails;
                try (Stream<Path> files = Files.list(MAIL)) {
                    mails = files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                            .filter(f -> f.toFile().lastModified() >= since.toEpochMilli())
                            .toList();
                }
                for (Path file : mails) {
                    MimeMessage mail;
                    try (InputStream in = Files.newInputStream(file)) {
                        mail = new MimeMessage(Session.getInstance(new Properties()), in);
                    }
                    boolean toRecipient = Stream.of(mail.getAllRecipients())
                            .anyMatch(a -> ((InternetAddress) a).getAddress().equalsIgnoreCase(recipient));
                    Matcher link = INVITATION_LINK.matcher(text(mail));
                    if (toRecipient && link.find()) {
                        return link.group(1);
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no invitation mail to " + recipient + " in " + MAIL.toAbsolutePath());
    }

    /** Every text part of a mail, decoded (quoted-printable would cut a long link). */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child)).append('\n');
            }
            return all.toString();
        }
        return "";
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void type(WebDriver page, String name, String value) {
        WebElement input = page.findElement(By.name(name));
        input.clear();
        input.sendKeys(value);
    }

    private static void submit(WebDriver page, String form) {
        page.findElement(By.cssSelector(form + " button[type=submit]")).click();
    }

    private static void waitForText(WebDriver page, String text) {
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(d -> d.getPageSource().contains(text));
    }

    private static void waitForPath(WebDriver page, String path) {
        new WebDriverWait(page, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains(path));
    }
}
