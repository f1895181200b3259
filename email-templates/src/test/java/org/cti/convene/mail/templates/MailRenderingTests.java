package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cti.convene.mail.templates.SampleMails.ACCEPT_URL;
import static org.cti.convene.mail.templates.SampleMails.DECLINE_URL;
import static org.cti.convene.mail.templates.SampleMails.MANAGE_URL;
import static org.cti.convene.mail.templates.SampleMails.TITLE;
import static org.cti.convene.mail.templates.SampleMails.TRICKY_NAME;
import static org.cti.convene.mail.templates.SampleMails.TRICKY_NAME_ESCAPED;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind in every language, with every field and with only the required ones. */
class MailRenderingTests {

    private static final MailTemplates TEMPLATES = new MailTemplates(EmailResources.languages());

    /** Mails about a registration that still exists carry the person's private link. */
    private static final Set<MailKind> WITH_MANAGE_LINK = EnumSet.of(
            MailKind.REGISTRATION_CONFIRMED,
            MailKind.PENDING_APPROVAL,
            MailKind.WAITLISTED,
            MailKind.PROMOTED,
            MailKind.APPROVED,
            MailKind.EVENT_CHANGED,
            MailKind.REMINDER,
            MailKind.MANAGE_LINK,
            MailKind.DELEGATION_LINK);

    private static final Set<MailKind> INVITATIONS = EnumSet.of(MailKind.INVITATION, MailKind.INVITATION_REMINDER);

    private static final Pattern HREF = Pattern.compile("href=\"(https?://[^\"]+)\"");

    static Stream<Arguments> everyKindInEveryLanguage() {
        return Stream.of(MailKind.values())
                .flatMap(kind -> EmailResources.languages().stream().map(language -> Arguments.of(kind, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void fullModelLeavesNothingUnresolved(MailKind kind, Locale language) {
        var mail = TEMPLATES.render(kind, language, SampleMails.full(TRICKY_NAME, TITLE));

        assertThat(Unresolved.in(mail.subject())).isEmpty();
        assertThat(Unresolved.in(mail.html())).isEmpty();
        assertThat(Unresolved.in(mail.text())).isEmpty();
        assertThat(mail.subject()).isNotBlank().contains(TITLE);
        assertThat(mail.html())
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"" + language.getLanguage() + "\"")
                .contains(TRICKY_NAME_ESCAPED)
                .doesNotContain("<Diallo>");
        // Text-mode [[…]] would HTML-escape even in plain text; the name must arrive as typed.
        assertThat(mail.text()).contains(TRICKY_NAME).doesNotContain("&lt;", "&amp;");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void linksAreOnTheirOwnLineInTheText(MailKind kind, Locale language) {
        var mail = TEMPLATES.render(kind, language, SampleMails.full(TRICKY_NAME, TITLE));
        var lines = mail.text().lines().toList();

        if (WITH_MANAGE_LINK.contains(kind)) {
            assertThat(lines).contains(MANAGE_URL);
            assertThat(mail.html()).contains("href=\"" + MANAGE_URL.replace("&", "&amp;") + "\"");
        } else {
            assertThat(mail.text()).doesNotContain(MANAGE_URL);
        }
        if (INVITATIONS.contains(kind)) {
            assertThat(lines).contains(ACCEPT_URL, DECLINE_URL);
        } else if (kind.aboutStaff()) {
            // the staff link is the only link, and there is nothing to decline
            assertThat(lines).contains(ACCEPT_URL);
            assertThat(mail.text()).doesNotContain(DECLINE_URL);
        } else {
            assertThat(mail.text()).doesNotContain(ACCEPT_URL, DECLINE_URL);
        }
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void everyLinkInTheHtmlIsWrittenOutInTheText(MailKind kind, Locale language) {
        var mail = TEMPLATES.render(kind, language, SampleMails.full(TRICKY_NAME, TITLE));
        var lines = mail.text().lines().toList();

        var links = HREF.matcher(mail.html())
                .results()
                .map(match -> match.group(1).replace("&amp;", "&"))
                .toList();
        // A declined or replaced registration points nowhere; every other mail links to something.
        if (!EnumSet.of(MailKind.DECLINED, MailKind.SUBSTITUTED, MailKind.INVITATION_DECLINED, MailKind.DECLINE_NOTICE)
                .contains(kind)) {
            assertThat(links).isNotEmpty();
        }
        assertThat(lines).containsAll(links);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void minimalModelLeavesOutWhatIsUnknown(MailKind kind, Locale language) {
        var mail = TEMPLATES.render(kind, language, SampleMails.minimal(TRICKY_NAME, TITLE));

        assertThat(Unresolved.in(mail.subject())).isEmpty();
        assertThat(Unresolved.in(mail.html())).isEmpty();
        assertThat(Unresolved.in(mail.text())).isEmpty();
        assertThat(mail.subject()).isNotBlank().contains(TITLE);
        assertThat(mail.html()).contains(TRICKY_NAME_ESCAPED, TITLE).doesNotContain("href=", "<li");
        assertThat(mail.text()).contains(TRICKY_NAME, TITLE).doesNotContain("http", "mailto");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("everyKindInEveryLanguage")
    void htmlUsesOnlyWhatMailClientsKeep(MailKind kind, Locale language) {
        var html = TEMPLATES
                .render(kind, language, SampleMails.full(TRICKY_NAME, TITLE))
                .html();

        assertThat(html)
                .contains("<meta charset=\"UTF-8\">", "style=\"")
                .doesNotContain("<script", "<style", "<link", " class=", " src=", " th:", "xmlns:th");
    }
}
