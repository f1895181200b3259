package org.cti.convene.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages Convene speaks, listed once: the page languages, the languages a person, an invitation or a
 * badge may ask for, the event form's title inputs and the mails all follow this list. Adding a language is
 * adding it here and writing its bundles (the bundle-sync test names every key that is missing).
 */
public enum Language {
    ENGLISH("en", false),
    FRENCH("fr", false),
    SPANISH("es", false),
    ARABIC("ar", true);

    /** What a page falls back to, and the language every bundle is complete in first. */
    public static final Language DEFAULT = ENGLISH;

    private final Locale locale;
    private final boolean rightToLeft;

    Language(String code, boolean rightToLeft) {
        this.locale = Locale.forLanguageTag(code);
        this.rightToLeft = rightToLeft;
    }

    /** The ISO 639-1 code, as requests, bundles and the database spell it. */
    public String code() {
        return locale.getLanguage();
    }

    public Locale locale() {
        return locale;
    }

    /** Whether its script runs right to left, as Arabic does: pages and mails turn their layout round. */
    public boolean rightToLeft() {
        return rightToLeft;
    }

    /** The language named in itself ("Français", "العربية"), as a language switcher shows it. */
    public String nameInItself() {
        return locale.getDisplayLanguage(locale);
    }

    /** The supported language of a tag such as {@code fr}, {@code fr-CH} or {@code FR}, if there is one. */
    public static Optional<Language> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String code = Locale.forLanguageTag(tag.strip()).getLanguage();
        return Arrays.stream(values()).filter(l -> l.code().equals(code)).findFirst();
    }

    /** Whether {@code code} is exactly the code of a supported language (as requests must send it). */
    public static boolean isCode(String code) {
        return Arrays.stream(values()).anyMatch(l -> l.code().equals(code));
    }

    public static List<Locale> locales() {
        return Arrays.stream(values()).map(Language::locale).toList();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Language::code).toList();
    }

    /** "en, fr, es, ar", for messages that list the choices. */
    public static String listed() {
        return Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "));
    }
}
