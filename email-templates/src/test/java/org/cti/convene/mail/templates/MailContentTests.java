package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.mail.templates.SampleMails.CHANGES;
import static org.cti.convene.mail.templates.SampleMails.REASON;
import static org.cti.convene.mail.templates.SampleMails.TITLE;

import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What each mail must tell its reader, beyond rendering without errors. */
class MailContentTests {

    private static final MailTemplates TEMPLATES = new MailTemplates(EmailResources.languages());
    private static final MailModel FULL = SampleMails.full("Amina Diallo", TITLE);

    @Test
    void waitingListTellsThePosition() {
        var mail = TEMPLATES.render(MailKind.WAITLISTED, Locale.ENGLISH, FULL);

        assertThat(mail.text()).contains("Your position on the waiting list: 4");
        assertThat(mail.html()).contains("<strong>4</strong>");
    }

    @Test
    void theFooterSaysWhereAReplyGoes() {
        var withContact = TEMPLATES.render(MailKind.APPROVED, Locale.ENGLISH, FULL);
        assertThat(withContact.text())
                .as("Reply-To is the organisers' address, so the footer must not say 'do not reply'")
                .contains("A reply to this message reaches the organisers.")
                .doesNotContain("do not reply");
        var withoutContact =
                TEMPLATES.render(MailKind.APPROVED, Locale.ENGLISH, SampleMails.minimal("Amina Diallo", TITLE));
        assertThat(withoutContact.text()).contains("please do not reply");
    }

    @Test
    void declineQuotesTheOrganisersReason() {
        var mail = TEMPLATES.render(MailKind.DECLINED, Locale.FRENCH, FULL);

        assertThat(mail.text()).contains("Motif indiqué par les organisateurs", REASON);
        assertThat(mail.html()).contains(REASON);
    }

    @Test
    void eventChangeListsEveryChange() {
        var mail = TEMPLATES.render(MailKind.EVENT_CHANGED, Locale.ENGLISH, FULL);

        for (var change : CHANGES) {
            assertThat(mail.text().lines()).contains("- " + change);
            assertThat(mail.html()).contains(">" + change + "</li>");
        }
    }

    @Test
    void invitationGivesSeatsAndDeadlineWithItsZone() {
        var text = TEMPLATES.render(MailKind.INVITATION, Locale.ENGLISH, FULL).text();

        assertThat(text)
                .contains("Places reserved for your delegation: 3")
                .contains("Monday, 1 February 2027, 18:00 (Central European Time, Europe/Zurich)");
    }

    @Test
    void eventTimeIsShownInTheVenueZoneAndNamesIt() {
        var text = TEMPLATES.render(MailKind.REMINDER, Locale.ENGLISH, FULL).text();

        assertThat(text).contains("Wednesday, 10 March 2027, 13:00 – 14:30 (Central European Time, Europe/Zurich)");
    }

    @Test
    void eachLanguageOpensInItsOwnRegister() {
        assertThat(textIn(Locale.ENGLISH)).startsWith("Dear \u2068Amina Diallo\u2069,");
        assertThat(textIn(Locale.FRENCH)).startsWith("Madame, Monsieur,");
        assertThat(textIn(Locale.of("es"))).startsWith("Estimado/a \u2068Amina Diallo\u2069:");
        assertThat(textIn(Locale.of("ar"))).startsWith("حضرة السيد/السيدة \u2068Amina Diallo\u2069");
    }

    @Test
    void everySubjectIsTranslated() {
        for (var kind : MailKind.values()) {
            var subjects = new HashSet<String>();
            for (var language : EmailResources.languages()) {
                subjects.add(TEMPLATES.render(kind, language, FULL).subject());
            }
            assertThat(subjects)
                    .as(kind.name())
                    .hasSize(EmailResources.languages().size());
        }
    }

    @Test
    void everySubjectNamesTheEvent() {
        for (var kind : MailKind.values()) {
            for (var language : EmailResources.languages()) {
                assertThat(TEMPLATES.render(kind, language, FULL).subject())
                        .as("%s in %s", kind, language)
                        .contains(TITLE.strip());
            }
        }
    }

    @Test
    void unsupportedOrMissingLanguageFallsBackToEnglish() {
        var english = TEMPLATES.render(MailKind.APPROVED, Locale.ENGLISH, FULL);

        assertThat(TEMPLATES.render(MailKind.APPROVED, Locale.GERMAN, FULL)).isEqualTo(english);
        assertThat(TEMPLATES.render(MailKind.APPROVED, null, FULL)).isEqualTo(english);
    }

    @Test
    void regionalVariantGetsItsLanguageAndItsConventions() {
        var swiss = TEMPLATES.render(MailKind.APPROVED, Locale.forLanguageTag("fr-CH"), FULL);
        var american = TEMPLATES.render(MailKind.APPROVED, Locale.US, FULL);

        assertThat(swiss.subject())
                .isEqualTo(
                        TEMPLATES.render(MailKind.APPROVED, Locale.FRENCH, FULL).subject());
        assertThat(american.text()).contains("March 10, 2027").contains("1:00\u202fPM");
    }

    @Test
    void subjectStaysOnOneLineWhateverTheTitle() {
        var model = MailModel.builder("Amina Diallo", "Side event\r\nBcc: someone@example.org")
                .build();

        var subject =
                TEMPLATES.render(MailKind.INVITATION, Locale.ENGLISH, model).subject();

        assertThat(subject).isEqualTo("Invitation: Side event Bcc: someone@example.org");
    }

    @Test
    void reasonThatReadsLikeFalseIsStillShown() {
        var model = MailModel.builder("Amina Diallo", TITLE).reason("no").build();

        assertThat(TEMPLATES.render(MailKind.DECLINED, Locale.ENGLISH, model).text())
                .contains("    \u2068no\u2069");
    }

    private static String textIn(Locale language) {
        return TEMPLATES.render(MailKind.REGISTRATION_CONFIRMED, language, FULL).text();
    }
}
