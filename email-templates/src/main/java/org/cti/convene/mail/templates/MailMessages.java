package org.cti.convene.mail.templates;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The wording of every mail, from {@code email/messages/messages_<language>.properties}.
 *
 * <p>Bundles are read by {@link ResourceBundle}, which decodes {@code .properties} as UTF-8 since Java 9.
 * There is deliberately no root bundle and no fallback to the JVM's default locale: a key missing in one
 * language shows up as Thymeleaf's {@code ??key_locale??} marker, which the tests catch, instead of
 * silently turning part of a French mail into English.
 */
final class MailMessages {

    static final String BASE_NAME = "email.messages.messages";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final Map<Locale, ResourceBundle> bundles;

    MailMessages(List<Locale> languages) {
        this.bundles =
                languages.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), MailMessages::load));
    }

    /** The message with {@code {0}}, {@code {1}}… replaced by {@code args}, if the language has the key. */
    Optional<String> find(Locale language, String key, Object... args) {
        var bundle = bundles.get(language);
        if (bundle == null || !bundle.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(fill(bundle.getString(key), args));
    }

    /** Like {@link #find}, but a missing key yields the same visible marker as a missing {@code #{…}}. */
    String get(Locale language, String key, Object... args) {
        return find(language, key, args).orElseGet(() -> absent(key, language));
    }

    static String absent(String key, Locale language) {
        return "??" + key + "_" + language + "??";
    }

    /*
     * Plain positional substitution rather than MessageFormat: translators write apostrophes freely
     * (l'événement, d'Europe), and MessageFormat would swallow every single quote unless doubled.
     * Placeholders without a matching argument stay visible so that tests notice them.
     */
    private static String fill(String pattern, Object... args) {
        if (args == null || args.length == 0) {
            return pattern;
        }
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        return matcher.replaceAll(match -> {
            int index = Integer.parseInt(match.group(1));
            String value = index < args.length ? String.valueOf(args[index]) : match.group();
            return Matcher.quoteReplacement(value);
        });
    }

    private static ResourceBundle load(Locale language) {
        try {
            return ResourceBundle.getBundle(
                    BASE_NAME,
                    language,
                    MailMessages.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No mail bundle for " + language + " (" + BASE_NAME + ")", e);
        }
    }
}
