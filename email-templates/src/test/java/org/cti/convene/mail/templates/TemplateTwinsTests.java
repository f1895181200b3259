package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every HTML template has a text twin and the other way round, so no mail lacks its plain-text part. */
class TemplateTwinsTests {

    @Test
    void htmlAndTextTemplatesComeInPairs() {
        var html = EmailResources.templateNames("html", ".html");
        var text = EmailResources.templateNames("text", ".txt");

        assertThat(html).contains("layout").hasSizeGreaterThan(MailKind.values().length);
        assertThat(text).containsExactlyElementsOf(html);
    }

    @Test
    void everyKindHasItsPair() {
        var html = EmailResources.templateNames("html", ".html");
        var text = EmailResources.templateNames("text", ".txt");

        for (var kind : MailKind.values()) {
            assertThat(html).contains(kind.templateName());
            assertThat(text).contains(kind.templateName());
        }
    }

    @Test
    void noStrayFiles() {
        assertThat(EmailResources.templateNames("html", ""))
                .allSatisfy(name -> assertThat(name).endsWith(".html"));
        assertThat(EmailResources.templateNames("text", ""))
                .allSatisfy(name -> assertThat(name).endsWith(".txt"));
    }
}
