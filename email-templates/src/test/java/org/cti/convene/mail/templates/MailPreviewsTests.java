package org.cti.convene.mail.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes every mail in every language to {@code target/previews/<language>/<template>.html|.txt}, with an
 * {@code index.html}, so that a person can open them in a browser and judge the look. Cheap enough to run
 * on every build; {@code make mail-previews} runs only this.
 */
class MailPreviewsTests {

    private static final Path PREVIEWS = Path.of(System.getProperty("basedir", "."), "target", "previews");

    @Test
    void writesOnePairPerKindAndLanguage() throws IOException {
        var templates = new MailTemplates(EmailResources.languages());
        var index = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<title>Convene mail previews</title></head><body style=\"font-family:Arial,sans-serif\">\n"
                + "<h1>Convene mail previews</h1>\n<table cellpadding=\"4\">\n");
        for (var kind : MailKind.values()) {
            index.append("<tr><th style=\"text-align:left\">").append(kind).append("</th>");
            for (var language : EmailResources.languages()) {
                var mail = templates.render(kind, language, SampleMails.preview(language));
                var folder = Files.createDirectories(PREVIEWS.resolve(language.getLanguage()));
                Files.writeString(folder.resolve(kind.templateName() + ".html"), mail.html());
                Files.writeString(
                        folder.resolve(kind.templateName() + ".txt"),
                        "Subject: " + mail.subject() + "\n\n" + mail.text());
                var path = language.getLanguage() + "/" + kind.templateName();
                index.append("<td><a href=\"")
                        .append(path)
                        .append(".html\">")
                        .append(language.getLanguage())
                        .append("</a> <a href=\"")
                        .append(path)
                        .append(".txt\">txt</a></td>");
            }
            index.append("</tr>\n");
        }
        Files.writeString(PREVIEWS.resolve("index.html"), index.append("</table></body></html>\n"));

        for (var kind : MailKind.values()) {
            for (var language : EmailResources.languages()) {
                var folder = PREVIEWS.resolve(language.getLanguage());
                assertThat(Files.readString(folder.resolve(kind.templateName() + ".html")))
                        .startsWith("<!DOCTYPE html>");
                assertThat(Files.readString(folder.resolve(kind.templateName() + ".txt")))
                        .startsWith("Subject: ")
                        .contains(SampleMails.preview(language).eventTitle());
            }
        }
    }
}
