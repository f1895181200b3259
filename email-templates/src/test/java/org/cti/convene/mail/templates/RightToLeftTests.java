package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Arabic mails read right to left throughout; the others do not. */
class RightToLeftTests {

    private static final MailTemplates TEMPLATES = new MailTemplates(EmailResources.languages());
    private static final MailModel MODEL = SampleMails.full("أمينة ديالو", "منع التعذيب");

    @Test
    void arabicMailsAreRightToLeftAndAlignedRight() {
        for (var kind : MailKind.values()) {
            var html = TEMPLATES.render(kind, Locale.of("ar"), MODEL).html();

            assertThat(html)
                    .as(kind.name())
                    .contains("<html lang=\"ar\" dir=\"rtl\">", "text-align:right")
                    .doesNotContain("text-align:left", "align=\"left\"");
        }
    }

    @Test
    void otherLanguagesAreLeftToRight() {
        for (var language : EmailResources.languages()) {
            if (language.getLanguage().equals("ar")) {
                continue;
            }
            var html = TEMPLATES.render(MailKind.INVITATION, language, MODEL).html();

            assertThat(html)
                    .as(language.toString())
                    .contains("dir=\"ltr\"", "text-align:left")
                    .doesNotContain("dir=\"rtl\"", "text-align:right");
        }
    }

    @Test
    void whatPeopleTypedIsIsolatedFromTheSentenceAroundIt() {
        // a Latin title with a trailing acronym in an Arabic sentence, an Arabic name in an English one: without
        // isolation the bidi algorithm moves the punctuation and the words next to them
        var model = MailModel.builder("عبد الله الحسيني", "OPCAT (2026)")
                .venue("Palais des Nations, Room XX")
                .build();
        for (Locale language : new Locale[] {Locale.of("ar"), Locale.ENGLISH}) {
            var mail = TEMPLATES.render(MailKind.REGISTRATION_CONFIRMED, language, model);
            for (String part : new String[] {mail.text(), mail.html()}) {
                assertThat(part)
                        .contains("\u2068عبد الله الحسيني\u2069")
                        .contains("\u2068OPCAT (2026)\u2069")
                        .contains("\u2068Palais des Nations, Room XX\u2069");
            }
        }
    }

    @Test
    void knowsWhichScriptsRunRightToLeft() {
        assertThat(MailTemplates.isRightToLeft(Locale.of("ar"))).isTrue();
        assertThat(MailTemplates.isRightToLeft(Locale.forLanguageTag("ar-EG"))).isTrue();
        assertThat(MailTemplates.isRightToLeft(Locale.of("fa"))).isTrue();
        assertThat(MailTemplates.isRightToLeft(Locale.of("he"))).isTrue();
        assertThat(MailTemplates.isRightToLeft(Locale.ENGLISH)).isFalse();
        assertThat(MailTemplates.isRightToLeft(Locale.FRENCH)).isFalse();
        assertThat(MailTemplates.isRightToLeft(Locale.CHINESE)).isFalse();
        assertThat(MailTemplates.isRightToLeft(null)).isFalse();
    }
}
