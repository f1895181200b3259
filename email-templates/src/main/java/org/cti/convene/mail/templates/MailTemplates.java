package org.cti.convene.mail.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders any {@link MailKind} in any of its languages into a subject, an HTML part and a text part, from the
 * templates and bundles under {@code email/} on the classpath.
 *
 * <p>The languages are the application's to choose (it lists them once, for its pages and its mails); this
 * module only needs a bundle for each. Build one instance and share it: it is thread-safe, and it parses each
 * template once.
 */
public final class MailTemplates {

    private static final Set<String> RIGHT_TO_LEFT_LANGUAGES =
            Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\R\\s*");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+$", Pattern.MULTILINE);
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private final List<Locale> languages;
    private final MailMessages messages;
    private final TemplateEngine html;
    private final TemplateEngine text;

    /**
     * Builds the template engines (HTML and text) over {@code email/} and the mail bundles.
     *
     * @param languages the languages to render, English among them; each must have its bundle
     *     ({@code email/messages/messages_<language>.properties}), or this fails at once
     */
    public MailTemplates(List<Locale> languages) {
        if (languages.stream().noneMatch(l -> l.getLanguage().equals("en"))) {
            throw new IllegalArgumentException("Mails fall back to English, so English must be among " + languages);
        }
        this.languages = List.copyOf(languages);
        this.messages = new MailMessages(this.languages);
        this.html = engine(TemplateMode.HTML, ".html");
        this.text = engine(TemplateMode.TEXT, ".txt");
    }

    /** The languages this renders; any other is rendered in English. */
    public List<Locale> languages() {
        return languages;
    }

    /**
     * Renders one mail.
     *
     * @param kind which mail
     * @param locale the recipient's language; a language not among {@link #languages()} (or {@code null}) gets
     *     English. A region, as in {@code fr-CH}, keeps that region's date and time conventions; plain
     *     English follows British usage (10 March 2027, 13:00), as UN English does.
     * @param model what to say; times are shown in the zone they carry
     * @return subject, HTML and text; every user-supplied value is escaped in the HTML part
     */
    public RenderedMail render(MailKind kind, Locale locale, MailModel model) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(model, "model");
        var language = supportedOrEnglish(locale);
        var times = new EventTimes(messages, language, formattingLocale(locale, language));
        // A subject is a mail header: a line break in an event title must not start a new header.
        var subject = LINE_BREAKS
                .matcher(messages.get(
                        language,
                        kind.messagePrefix() + ".subject",
                        model.eventTitle().strip()))
                .replaceAll(" ");
        var variables = MailVariables.of(model, language, times, subject);

        var htmlPart = html.process("html/layout", context(language, variables, "html/" + kind.templateName()));
        var textPart = text.process("text/layout", context(language, variables, "text/" + kind.templateName()));
        return new RenderedMail(subject, htmlPart, tidy(textPart));
    }

    /** Whether {@code locale}'s script runs right to left (Arabic, Hebrew, Persian, Urdu…). */
    public static boolean isRightToLeft(Locale locale) {
        return locale != null && RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage());
    }

    Locale supportedOrEnglish(Locale requested) {
        if (requested == null) {
            return Locale.ENGLISH;
        }
        return languages.stream()
                .filter(language -> language.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static Locale formattingLocale(Locale requested, Locale language) {
        if (requested != null
                && requested.getLanguage().equals(language.getLanguage())
                && !requested.getCountry().isEmpty()) {
            return requested;
        }
        return language.equals(Locale.ENGLISH) ? Locale.UK : language;
    }

    private static Context context(Locale language, Map<String, Object> variables, String body) {
        var all = new HashMap<>(variables);
        all.put("body", body);
        return new Context(language, all);
    }

    /*
     * Block markers in text templates ([# th:if …] on a line of their own) leave empty lines and
     * trailing spaces behind; a text part should look typed by hand.
     */
    private static String tidy(String text) {
        var lines = TRAILING_SPACE.matcher(text.replace("\r\n", "\n")).replaceAll("");
        return BLANK_LINES.matcher(lines).replaceAll("\n\n").strip() + "\n";
    }

    private TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("email/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(new BundleMessageResolver(messages));
        return engine;
    }
}
