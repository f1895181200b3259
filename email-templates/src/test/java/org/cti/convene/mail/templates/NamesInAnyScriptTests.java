package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Names and titles in any script reach the reader exactly as they were typed, in every language. */
class NamesInAnyScriptTests {

    private static final MailTemplates TEMPLATES = new MailTemplates(EmailResources.languages());

    static Stream<Arguments> namesAndTitles() {
        return Stream.of(
                Arguments.of("أمينة ديالو", "منع التعذيب أثناء الاحتجاز لدى الشرطة"),
                Arguments.of("王小明", "防止警方拘留期间的酷刑"),
                Arguments.of("Дмитрий Иванович Соколов", "Предупреждение пыток под стражей в полиции"),
                Arguments.of("Zoë Łukasiewicz-Núñez", "Prévenir la torture en garde à vue"),
                Arguments.of("Nguyễn Thị Minh Khai", "Ñandutí: señales de alerta"),
                // Decomposed accents (e + combining acute) must not be normalised into é on the way.
                Arguments.of("Jose\u0301 Marti\u0301", "Cafe\u0301 de bienvenida"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesAndTitles")
    void comeThroughUnchanged(String name, String title) {
        for (var language : EmailResources.languages()) {
            for (var kind : new MailKind[] {MailKind.REGISTRATION_CONFIRMED, MailKind.INVITATION}) {
                var mail = TEMPLATES.render(kind, language, SampleMails.full(name, title));

                assertThat(mail.subject()).as("%s %s subject", kind, language).contains(title);
                assertThat(mail.html()).as("%s %s html", kind, language).contains(name, title);
                assertThat(mail.text()).as("%s %s text", kind, language).contains(name, title);
                assertThat(mail.html()).doesNotContain("&#");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesAndTitles")
    void textPartKeepsTheNameOnOneLine(String name, String title) {
        var text = TEMPLATES
                .render(MailKind.REMINDER, Locale.ENGLISH, SampleMails.full(name, title))
                .text();

        // the name travels inside Unicode isolates, so an Arabic name cannot reorder the English around it
        assertThat(text.lines()).contains("Dear \u2068" + name + "\u2069,");
    }
}
